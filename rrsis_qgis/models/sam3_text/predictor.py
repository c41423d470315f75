"""SAM3 text prompts (transformers' Sam3Model, promptable concept segmentation) behind the Predictor.

The expression goes in whole as SAM3's text prompt and every matching instance comes back with a score;
a singular expression keeps the best instance, a plural one every instance above the threshold (its
number as the referring parser reads it, for every model). ``set_image`` runs SAM3's vision encoder
once per image. An instance too small for SAM3's view of the whole image (`DetailSettings`) is found
again on a native-resolution crop around its box, and the crop's instance that best matches the box
replaces its mask. Clicks go to SAM3's tracker (its SAM-style prompt encoder and mask decoder) on the
same vision features, when the folder is the published Sam3VideoModel that holds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np
import torch

from ...foundation.cancellation import check_cancelled
from ...foundation.errors import ModelNotFound
from ...foundation.messages import QT_TRANSLATE_NOOP, Message
from ...foundation.predictor import (
    Instance,
    Prediction,
    prediction_from_instances,
    prediction_from_probability,
    validate_rgb_image,
)
from ...referring.parse import is_plural
from ..common.backbones import load_sam3
from ..common.checkpoint import ModelConfig, read_config
from ..common.detail import CropEncodings, DetailSettings, paste
from ..common.sam2_parts import prompt_sam
from ..common.square_input import SquareInput
from ..common.torch_predictor import TorchPredictor
from ..pslg.grounding import box_iou
from ..registry import LoadContext, offline_download_hint


@dataclass(frozen=True)
class Sam3TextConfig(DetailSettings, ModelConfig):
    model_type: ClassVar[str] = "sam3_text"
    ignore_unknown_settings: ClassVar[bool] = True

    sam3: str = "facebook/sam3"
    score_threshold: float = 0.5  # SAM3's own default for keeping an instance
    mask_threshold: float = 0.5


class Sam3TextPredictor(TorchPredictor):
    def __init__(
        self,
        model,
        processor,
        config: Sam3TextConfig,
        name: str,
        device: torch.device | str,
        precision: str = "auto",
        video=None,
    ) -> None:
        super().__init__(name, device, precision)
        self.model = model.to(self.device).eval()
        # The Sam3VideoModel around ``model`` (its detector): its tracker takes clicks; None without one.
        self.video = video.to(self.device).eval() if video is not None else None
        self.processor = processor
        self.config = config
        self._vision = None
        self._image: np.ndarray | None = None
        self._crops = CropEncodings(self._encode)
        self.sam3_side = processor.image_processor.size["height"]  # SAM3 sees a view resized to this square

    def _encode_image(self, image: np.ndarray) -> None:
        image = validate_rgb_image(image)
        self._vision = self._encode(image)
        self._image = image
        self._crops.clear()

    def _encode(self, image: np.ndarray):
        pixels = self.processor(images=image, return_tensors="pt")["pixel_values"].to(self.device)
        with self.inference():
            return self.model.get_vision_features(pixel_values=pixels)

    def _instances(
        self, vision, shape: tuple[int, int], text: str
    ) -> tuple[torch.Tensor, np.ndarray, np.ndarray]:
        """Every instance SAM3 finds for ``text`` on an encoded image of ``shape``: mask logits N x H x W,
        scores N and boxes N x 4 (x0, y0, x1, y1 in pixels)."""
        tokens = self.processor(text=[text.strip()], return_tensors="pt").to(self.device)
        with self.inference():
            outputs = self.model(
                vision_embeds=vision, input_ids=tokens["input_ids"], attention_mask=tokens["attention_mask"]
            )
        # Masks cover the whole square input (the image resized, not letterboxed): they resize straight
        # back to the image. The instance score: query confidence times the concept's presence.
        logits = torch.nn.functional.interpolate(
            outputs.pred_masks.float(), size=shape, mode="bilinear", align_corners=False
        )[0]
        scores = (outputs.pred_logits.float().sigmoid() * outputs.presence_logits.float().sigmoid())[0]
        height, width = shape
        # Boxes are normalised x0, y0, x1, y1 over the square input.
        boxes = outputs.pred_boxes[0].float().cpu().numpy() * [width, height, width, height]
        return logits, scores.cpu().numpy(), boxes

    def predict(self, text: str, *, threshold: float = 0.5) -> Prediction:
        """The whole expression as SAM3's prompt: every instance for a plural one, else the best."""
        instances = self.find(text, limit=None if is_plural(text) else 1)
        return prediction_from_instances(self._image.shape[:2], instances, threshold)

    def find(self, phrase: str, limit: int | None = None) -> list[Instance]:
        if self._vision is None:
            raise RuntimeError("set_image() must be called before find() or predict()")
        shape = self._image.shape[:2]
        logits, scores, boxes = self._instances(self._vision, shape, phrase)
        keep = np.flatnonzero(scores > self.config.score_threshold)
        keep = keep[np.argsort(-scores[keep], kind="stable")][:limit]
        instances = []
        for index in keep:
            check_cancelled()  # an instance may be segmented again on a native-resolution crop
            box = tuple(boxes[index].tolist())
            plane = self._in_detail(box, phrase)
            if plane is None:
                plane = logits[index].sigmoid().cpu().numpy().astype(np.float32)
            instances.append(Instance(plane, box, float(scores[index])))
        return instances

    def click(self, points, labels, box=None, *, threshold: float = 0.5) -> Prediction:
        """SAM3's tracker on the view's vision features (computed once per view, as for text)."""
        geometry = SquareInput(*self._image.shape[:2], self.sam3_side, fit="resize")
        with self.inference():
            probability = geometry.probabilities(self._click_logits(points, labels, box, geometry))[0]
        return prediction_from_probability(probability, threshold)

    def _click_logits(self, points, labels, box, geometry: SquareInput) -> torch.Tensor:
        """The tracker's low-resolution mask logits (1 x 1 x h x w over SAM3's square input)."""
        if self.video is None:
            # fmt: off
            detector_only = QT_TRANSLATE_NOOP("messages",
                "{model} cannot take clicks: its SAM3 folder holds the detector alone (Sam3Model); "
                "facebook/sam3 as published (Sam3VideoModel) has the tracker that takes them")
            # fmt: on
            raise ValueError(Message(detector_only, model=self.name))
        tracker = self.video.tracker_model
        maps, _ = self.video.get_vision_features_for_tracker(self._vision)
        grid = tracker.prompt_encoder.image_embedding_size
        sizes = [(grid[0] * scale, grid[1] * scale) for scale in (4, 2, 1)]  # fine to coarse
        levels = [
            level.permute(1, 2, 0).reshape(1, -1, *size) for level, size in zip(maps, sizes, strict=True)
        ]
        # A single image: no memory, so SAM's no-memory embedding on the coarsest level the decoder uses
        # (as Meta's SAM3InteractiveImagePredictor does).
        levels[-1] = levels[-1] + tracker.no_memory_embedding.reshape(1, -1, 1, 1)
        return prompt_sam(tracker, levels, geometry, box, points, labels)[0]

    def _in_detail(self, box, text: str) -> np.ndarray | None:
        """For a box too small for SAM3's view of the whole image, the instance's probability from a
        native-resolution crop around it: the crop's instance whose box overlaps ``box`` most. None when
        the box needs no crop, or the crop finds nothing there (the whole view's mask stands)."""
        shape = self._image.shape[:2]
        crop = self.config.detail_region(shape, box, self.sam3_side)
        if crop is None:
            return None
        top, left, bottom, right = crop
        part = np.ascontiguousarray(self._image[top:bottom, left:right])
        logits, _, boxes = self._instances(self._crops.get(crop, part), part.shape[:2], text)
        local = np.array([[box[0] - left, box[1] - top, box[2] - left, box[3] - top]])
        overlap = box_iou(local, boxes)[0]
        if not len(overlap) or overlap.max() <= 0:
            return None
        return paste(logits[int(overlap.argmax())].sigmoid().cpu().numpy().astype(np.float32), crop, shape)


def load_predictor(context: LoadContext) -> Sam3TextPredictor:
    """From a folder whose config.json names the SAM3 weights (a folder inside it, or a hub id)."""
    config = Sam3TextConfig.from_dict(read_config(context.folder))
    try:
        weights = context.component(config.sam3)
    except ModelNotFound as error:
        raise ModelNotFound(
            f"sam3-text needs {config.sam3} (gated: accept its licence on the Hugging Face Hub and log "
            "in with `hf auth login` first), which is not here and could not be downloaded. On a machine "
            f"that is offline, run {offline_download_hint([config.sam3])} on a connected one and copy the "
            "folder to the same place there (a folder that plugin upgrades leave alone)."
        ) from error
    model, processor, video = load_sam3(weights)
    return Sam3TextPredictor(
        model, processor, config, context.name, context.device, context.settings.precision, video
    )
