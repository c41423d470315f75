"""PSLGPredictor: grounding boxes, then train-free SAM2 refinement of each, behind the Predictor interface.

The detector reads the whole view and the text together, so it runs once per expression. SAM2 encodes
the whole view once, when a box first needs it, and every later box and expression reuses that encoding;
a box that would be only a few pixels of SAM2's input is segmented on a native-resolution crop around it
instead (`PSLGConfig.detail_box`), so small objects in a large view keep their shape.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial

import numpy as np
import torch

from ...foundation.cancellation import check_cancelled
from ...foundation.errors import ModelNotFound
from ...foundation.predictor import (
    Instance,
    Prediction,
    prediction_from_instances,
    prediction_from_probability,
    validate_rgb_image,
)
from ...referring.parse import is_plural
from ..common.backbones import load_grounding_detector, load_sam2
from ..common.checkpoint import read_config
from ..common.detail import Box, Crop, CropEncodings, paste
from ..common.meta_sam2 import meta_checkpoint_file
from ..common.sam2_parts import encode_sam2_image, prompt_sam
from ..common.square_input import SquareInput
from ..common.torch_predictor import TorchPredictor
from ..registry import LoadContext, offline_download_hint
from .config import PSLGConfig
from .grounding import Grounder
from .refine import Refinement, refine


@dataclass
class EncodedView:
    """One image (the whole view, or a crop of it) as SAM2 encoded it."""

    levels: list[torch.Tensor]
    geometry: SquareInput


class PSLGPredictor(TorchPredictor):
    def __init__(
        self,
        grounder: Grounder,
        sam2,
        config: PSLGConfig,
        name: str,
        device: torch.device | str,
        precision: str = "auto",
        resample_8bit: bool = True,
    ) -> None:
        super().__init__(name, device, precision)
        self.grounder = grounder
        self.sam2 = sam2.to(self.device).eval()
        self.config = config
        self.sam2_side = self.sam2.prompt_encoder.input_image_size
        # SAM2 sees the image as its publishers' preprocessing gives it: stretched to its square input,
        # resampled in 8 bits (transformers' Sam2ImageProcessor) or as floats (Meta's SAM2Transforms).
        self.resample_8bit = resample_8bit
        self._image: np.ndarray | None = None
        self._whole_view: EncodedView | None = None
        self._crops = CropEncodings(self._encode)
        self.last_refinements: list[Refinement] = []  # each box's refinement steps, for inspection

    def _encode_image(self, image: np.ndarray) -> None:
        self._image = validate_rgb_image(image)
        self._whole_view = None  # encoded when a box first needs it
        self._crops.clear()

    def predict(self, text: str, *, threshold: float = 0.5) -> Prediction:
        """The whole expression as the detector's text: every box for a plural one, else the best."""
        instances = self.find(text, limit=None if is_plural(text) else 1)
        return prediction_from_instances(self._image.shape[:2], instances, threshold)

    def find(self, phrase: str, limit: int | None = None) -> list[Instance]:
        if self._image is None:
            raise RuntimeError("set_image() must be called before find() or predict()")
        with self.inference():  # the detector at the run's precision too (bf16 on CUDA by default)
            detections = self.grounder.detect(self._image, phrase)[:limit]
        self.last_refinements = []
        for detection in detections:  # each is SAM2 and its refinement rounds: a stop is possible between
            check_cancelled()
            self.last_refinements.append(self._refine(detection.box))
        return [
            Instance(refinement.probability, detection.box, detection.score)
            for refinement, detection in zip(self.last_refinements, detections, strict=True)
        ]

    def click(self, points, labels, box: Box | None = None, *, threshold: float = 0.5) -> Prediction:
        """SAM2's decoder on the whole view's encoding (made once per view), as Meta's SAM2ImagePredictor
        prompts it."""
        if self._image is None:
            raise RuntimeError("set_image() must be called before click()")
        if self._whole_view is None:
            self._whole_view = self._encode(self._image)
        probability, _ = self._segment(self._whole_view, box, points, labels, None)
        return prediction_from_probability(probability, threshold)

    def _refine(self, box: Box) -> Refinement:
        crop = self.config.detail_region(self._image.shape[:2], box, self.sam2_side)
        if crop is None:
            if self._whole_view is None:
                self._whole_view = self._encode(self._image)
            return refine(self._image, box, partial(self._segment, self._whole_view), self.config)
        top, left, bottom, right = crop
        part = np.ascontiguousarray(self._image[top:bottom, left:right])
        local_box = (box[0] - left, box[1] - top, box[2] - left, box[3] - top)
        local = refine(part, local_box, partial(self._segment, self._crops.get(crop, part)), self.config)
        return _placed(local, crop, self._image.shape[:2])

    def _encode(self, image: np.ndarray) -> EncodedView:
        geometry = SquareInput(*image.shape[:2], self.sam2_side, fit="resize")
        with self.inference():
            square = geometry.to_square(image, self.device, resample_8bit=self.resample_8bit)
            return EncodedView(encode_sam2_image(self.sam2, square), geometry)

    def _prompt(self, view: EncodedView, box: Box, points, labels, previous) -> torch.Tensor:
        """SAM2's low-resolution mask logits over ``view``'s square for these prompts."""
        return prompt_sam(self.sam2, view.levels, view.geometry, box, points, labels, previous)[0]

    def _segment(
        self, view: EncodedView, box: Box, points, labels, previous
    ) -> tuple[np.ndarray, torch.Tensor]:
        """SAM2 on an encoded view: box (+ points, + previous low-resolution logits) → probability."""
        with self.inference():
            low_resolution = self._prompt(view, box, points, labels, previous)
            probability = view.geometry.probabilities(low_resolution)[0]
        return probability, low_resolution


def _placed(local: Refinement, crop: Crop, shape: tuple[int, int]) -> Refinement:
    """A refinement on a crop, placed into the whole view (zero outside the crop)."""
    top, left, _, _ = crop
    return replace(
        local,
        mask=paste(local.mask, crop, shape),
        probability=paste(local.probability, crop, shape),
        steps=[paste(step, crop, shape) for step in local.steps],
        points=local.points + np.array([left, top]) if len(local.points) else local.points,
    )


def load_predictor(context: LoadContext) -> PSLGPredictor:
    """From a folder whose config.json names the detector and SAM2 (folders inside it, or hub ids)."""
    config = PSLGConfig.from_dict(read_config(context.folder))
    try:
        detector_folder, sam2_folder = context.component(config.detector), context.component(config.sam2)
    except ModelNotFound as error:
        fetch = offline_download_hint([config.detector, config.sam2])
        raise ModelNotFound(
            f"PSLG-SAM needs {config.detector} and {config.sam2}, which are not here and could not be "
            f"downloaded. On a machine that is offline, run {fetch} on a connected one and copy the "
            "folders to the same place there (a folder that plugin upgrades leave alone)."
        ) from error
    detector, processor = load_grounding_detector(detector_folder)
    sam2 = load_sam2(sam2_folder, single_mask_token=False)
    device = torch.device(context.device)
    grounder = Grounder(detector, processor, config, device)
    return PSLGPredictor(
        grounder,
        sam2,
        config,
        context.name,
        device,
        context.settings.precision,
        resample_8bit=meta_checkpoint_file(sam2_folder) is None,
    )
