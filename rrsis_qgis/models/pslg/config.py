"""PSLG-SAM settings. The paper (arXiv 2506.10503) names the stages but, in the text available to us, no
numbers; each default says where it comes from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..common.checkpoint import ModelConfig
from ..common.detail import DetailSettings


@dataclass(frozen=True)
class PSLGConfig(DetailSettings, ModelConfig):
    """PSLG-SAM's settings, with those for small objects in large views from `DetailSettings`."""

    model_type: ClassVar[str] = "pslg"
    ignore_unknown_settings: ClassVar[bool] = True

    # Grounding DINO (-base; -tiny is faster) or an OWLv2 id such as google/owlv2-base-patch16-ensemble
    # (then set box_threshold near 0.1: OWLv2's scores run lower).
    detector: str = "IDEA-Research/grounding-dino-base"
    sam2: str = "facebook/sam2.1-hiera-large"
    # Grounding DINO's own demo defaults for box and text-token scores.
    box_threshold: float = 0.35
    text_threshold: float = 0.25
    # Shortest side of Grounding DINO's input in pixels; None keeps its processor's (800, longest side
    # 1333). It was trained at 480-800 px (the authors' data_aug_scales), so a smaller side stays within
    # what it has seen: at 512 it searches 2.4x fewer pixels, faster and coarser (pslg-sam2-tiny, for a
    # CPU). OWLv2 always sees its own 960 px square.
    detector_size: int | None = None
    # Detection on tiles when the image's longer side exceeds twice this (Grounding DINO resizes its input
    # to 800-1333 px, so small objects in a large image would vanish); tiles overlap by this fraction,
    # and boxes found twice are merged by non-maximum suppression at this IoU.
    detector_tile: int = 1024
    tile_overlap: float = 0.25
    nms_iou: float = 0.5
    # Clustering inside the box: k-means on colour + position, k small (a target, its shadow / edge, and
    # the background rarely need more), on the box resampled to at most this many pixels per side.
    clusters: int = 3
    cluster_side: int = 64
    position_weight: float = 0.5  # position against colour in the clustering features
    positive_points: int = 2  # at most, one per foreground cluster
    negative_points: int = 2  # at most, one per background cluster
    # Iterative boundary optimisation: corrective points where the mask and the clusters disagree, at
    # most this many rounds (the default), stopping once a round changes the mask by < 1 % IoU.
    iterations: int = 3
    stop_iou_change: float = 0.01
    min_correction_fraction: float = 0.02  # of the box area: smaller disagreements are left alone
    # A mask may reach this fraction of the box size beyond the box (detector boxes are a little tight
    # at times); everything further out is cut.
    box_margin: float = 0.1
