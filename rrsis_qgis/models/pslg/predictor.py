"""PSLGPredictor: grounding boxes, then train-free SAM2 refinement of each, behind the Predictor interface.

``set_image`` encodes the square input with SAM2 once; every expression and every box reuses that encoding.
The detector reads the image and the text together, so it runs once per expression.
"""

from __future__ import annotations

import numpy as np
import torch

from ...foundation.errors import ModelNotFound
from ...foundation.predictor import Prediction, prediction_from_instances, validate_rgb_image
from ..common.backbones import load_grounding_detector, load_sam2
from ..common.checkpoint import read_config
from ..common.meta_sam2 import is_meta_checkpoint
from ..common.sam2_parts import encode_sam2_image, prompt_sam2
from ..common.square_input import SquareInput
from ..common.torch_predictor import TorchPredictor
from ..registry import LoadContext
from .config import PSLGConfig
from .grounding import Grounder
from .refine import Box, Refinement, refine


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
        # SAM2 sees the image as its publishers' preprocessing gives it: stretched to its square input,
        # resampled in 8 bits (transformers' Sam2ImageProcessor) or as floats (Meta's SAM2Transforms).
        self.resample_8bit = resample_8bit
        self._image: np.ndarray | None = None
        self._geometry: SquareInput | None = None
        self._levels: list[torch.Tensor] | None = None
        self.last_refinements: list[Refinement] = []  # each box's refinement steps, for inspection

    def set_image(self, image: np.ndarray) -> None:
        image = validate_rgb_image(image)
        geometry = SquareInput(*image.shape[:2], self.sam2.prompt_encoder.input_image_size, fit="resize")
        with self.inference():
            square = geometry.to_square(image, self.device, resample_8bit=self.resample_8bit)
            self._levels = encode_sam2_image(self.sam2, square)
        self._image, self._geometry = image, geometry

    def predict(self, text: str, *, threshold: float = 0.5) -> Prediction:
        if self._image is None:
            raise RuntimeError("set_image() must be called before predict()")
        detections = self.grounder.detect(self._image, text)
        self.last_refinements = [refine(self._image, d.box, self._segment, self.config) for d in detections]
        candidates = [
            (refinement.probability, detection.box, detection.score)
            for refinement, detection in zip(self.last_refinements, detections)
        ]
        return prediction_from_instances(self._image.shape[:2], candidates, threshold)

    def _segment(self, box: Box, points, labels, previous) -> tuple[np.ndarray, torch.Tensor]:
        """SAM2 on the cached encoding: box (+ points, + previous low-resolution logits) → probability."""
        with self.inference():
            low_resolution, _ = prompt_sam2(
                self.sam2, self._levels, self._geometry, box, points, labels, previous
            )
            probability = torch.sigmoid(self._geometry.from_square(low_resolution))[0, 0]
        return probability.float().cpu().numpy(), low_resolution


def load_predictor(context: LoadContext) -> PSLGPredictor:
    """From a folder whose config.json names the detector and SAM2 (folders inside it, or hub ids)."""
    config = PSLGConfig.from_dict(read_config(context.folder))
    try:
        detector_folder, sam2_folder = context.component(config.detector), context.component(config.sam2)
    except ModelNotFound as error:
        fetch = " and ".join(
            f"`hf download {hub_id} --local-dir {context.folder / hub_id}`"
            for hub_id in (config.detector, config.sam2)
        )
        raise ModelNotFound(
            f"PSLG-SAM needs {config.detector} and {config.sam2}, which are not here and could not be "
            f"downloaded. On a machine that is offline, run {fetch} on a connected one and copy the "
            "folders there."
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
        resample_8bit=not is_meta_checkpoint(sam2_folder),
    )
