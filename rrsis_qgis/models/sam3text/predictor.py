"""SAM3 text prompts (transformers' Sam3Model, promptable concept segmentation) behind the Predictor.

The expression goes in whole as SAM3's text prompt and every matching instance comes back with a score;
a singular expression keeps the best instance, a plural one every instance above the threshold (the
same rule as PSLG-SAM's grounding). ``set_image`` runs SAM3's vision encoder once per image.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np
import torch

from ...foundation.errors import ModelNotFound
from ...foundation.predictor import Prediction, prediction_from_instances, validate_rgb_image
from ..common.backbones import load_sam3
from ..common.checkpoint import ModelConfig, read_config
from ..common.torch_predictor import TorchPredictor
from ..pslg.grounding import is_plural
from ..registry import LoadContext


@dataclass(frozen=True)
class Sam3TextConfig(ModelConfig):
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
    ) -> None:
        super().__init__(name, device, precision)
        self.model = model.to(self.device).eval()
        self.processor = processor
        self.config = config
        self._vision = None
        self._size: tuple[int, int] | None = None
        self.input_side = processor.image_processor.size["height"]  # SAM3 sees the view resized to a square

    def set_image(self, image: np.ndarray) -> None:
        image = validate_rgb_image(image)
        pixels = self.processor(images=image, return_tensors="pt")["pixel_values"].to(self.device)
        with self.inference():
            self._vision = self.model.get_vision_features(pixel_values=pixels)
        self._size = image.shape[:2]

    def predict(self, text: str, *, threshold: float = 0.5) -> Prediction:
        if self._vision is None:
            raise RuntimeError("set_image() must be called before predict()")
        tokens = self.processor(text=[text.strip()], return_tensors="pt").to(self.device)
        with self.inference():
            outputs = self.model(
                vision_embeds=self._vision,
                input_ids=tokens["input_ids"],
                attention_mask=tokens["attention_mask"],
            )
        # SAM3's instance score: query confidence times the presence of the concept in the image.
        # Masks cover the whole square input (the image resized, not letterboxed): they resize straight
        # back to the image.
        logits = torch.nn.functional.interpolate(
            outputs.pred_masks.float(), size=self._size, mode="bilinear", align_corners=False
        )[0]
        scores = (outputs.pred_logits.float().sigmoid() * outputs.presence_logits.float().sigmoid())[0]
        keep = torch.nonzero(scores > self.config.score_threshold).flatten()
        keep = keep[torch.argsort(scores[keep], descending=True)]
        if not is_plural(text):
            keep = keep[:1]
        probabilities = logits[keep].sigmoid().cpu().numpy().astype(np.float32)
        height, width = self._size
        # Boxes are normalised x0, y0, x1, y1 over the square input.
        boxes = outputs.pred_boxes[0, keep].float().cpu().numpy() * [width, height, width, height]
        candidates = [
            (plane, tuple(box.tolist()), float(score))
            for plane, box, score in zip(probabilities, boxes, scores[keep].cpu().numpy())
        ]
        return prediction_from_instances(self._size, candidates, threshold)


def load_predictor(context: LoadContext) -> Sam3TextPredictor:
    """From a folder whose config.json names the SAM3 weights (a folder inside it, or a hub id)."""
    config = Sam3TextConfig.from_dict(read_config(context.folder))
    try:
        weights = context.component(config.sam3)
    except ModelNotFound as error:
        raise ModelNotFound(
            f"sam3-text needs {config.sam3} (gated: accept its licence on the Hugging Face Hub and log "
            "in with `hf auth login` first), which is not here and could not be downloaded. On a machine "
            f"that is offline, run `hf download {config.sam3} --local-dir {context.folder / config.sam3}` "
            "on a connected one and copy the folder there."
        ) from error
    model, processor = load_sam3(weights)
    return Sam3TextPredictor(
        model, processor, config, context.name, context.device, context.settings.precision
    )
