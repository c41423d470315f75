"""RS2SAM2Predictor: the Predictor interface over an RS2-SAM2 model.

``set_image`` caches what does not depend on the expression (both encoders' patch embeddings); the
expression enters the union encoder and SAM2's image encoder, so ``predict`` runs those per expression.
"""

from __future__ import annotations

import numpy as np
import torch

from ...core.predictor import Prediction, prediction_from_probability, validate_rgb_image
from ..common.letterbox import Letterbox
from ..common.precision import inference_autocast
from .model import RS2SAM2, ImageInputs


class RS2SAM2Predictor:
    def __init__(self, model: RS2SAM2, name: str, device: torch.device, precision: str = "auto") -> None:
        self.name = name
        self.device = torch.device(device)
        self.precision = precision
        self.model = model.to(self.device).eval()
        self._image: ImageInputs | None = None
        self._letterbox: Letterbox | None = None

    def set_image(self, image: np.ndarray) -> None:
        image = validate_rgb_image(image)
        letterbox = Letterbox(image.shape[0], image.shape[1], self.model.sam2_image_size)
        with torch.inference_mode(), inference_autocast(self.device, self.precision):
            self._image = self.model.prepare_image(letterbox.to_canvas(image, self.device))
        self._letterbox = letterbox

    def predict(self, text: str, *, threshold: float = 0.5) -> Prediction:
        return self.predict_batch([text], threshold=threshold)[0]

    def predict_batch(self, texts: list[str], *, threshold: float = 0.5) -> list[Prediction]:
        if self._image is None or self._letterbox is None:
            raise RuntimeError("set_image() must be called before predict()")
        if not texts:
            return []
        with torch.inference_mode(), inference_autocast(self.device, self.precision):
            logits = self.model.decode(self._image, *self.model.tokenize(texts)).mask_logits
            probability = torch.sigmoid(self._letterbox.from_canvas(logits))[:, 0].float().cpu().numpy()
        return [prediction_from_probability(plane, threshold) for plane in probability]
