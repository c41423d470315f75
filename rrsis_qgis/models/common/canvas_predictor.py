"""The Predictor steps shared by models that segment on a square canvas: letterbox each image once in
``set_image`` and cache what the model computes from it; per expression, map the canvas logits back to
image-sized probabilities. Subclasses say what to cache (`_encode`) and how to get logits (`_mask_logits`).
"""

from __future__ import annotations

import numpy as np
import torch

from ...core.predictor import Prediction, prediction_from_probability, validate_rgb_image
from .letterbox import Letterbox
from .precision import inference_autocast


class CanvasPredictor:
    def __init__(self, name: str, device: torch.device, precision: str, canvas_size: int) -> None:
        self.name = name
        self.device = torch.device(device)
        self.precision = precision
        self._canvas_size = canvas_size
        self._image = None  # what _encode returned for the current image
        self._letterbox: Letterbox | None = None

    def _encode(self, canvas: torch.Tensor):
        """What the expressions share for one canvas (1 x 3 x S x S in [0, 1])."""
        raise NotImplementedError

    def _mask_logits(self, texts: list[str]) -> torch.Tensor:
        """B x 1 x h x w mask logits over the canvas, one per expression, from the cached encoding."""
        raise NotImplementedError

    def set_image(self, image: np.ndarray) -> None:
        image = validate_rgb_image(image)
        letterbox = Letterbox(image.shape[0], image.shape[1], self._canvas_size)
        with torch.inference_mode(), inference_autocast(self.device, self.precision):
            self._image = self._encode(letterbox.to_canvas(image, self.device))
        self._letterbox = letterbox

    def predict(self, text: str, *, threshold: float = 0.5) -> Prediction:
        return self.predict_batch([text], threshold=threshold)[0]

    def predict_batch(self, texts: list[str], *, threshold: float = 0.5) -> list[Prediction]:
        if self._image is None or self._letterbox is None:
            raise RuntimeError("set_image() must be called before predict()")
        if not texts:
            return []
        with torch.inference_mode(), inference_autocast(self.device, self.precision):
            logits = self._mask_logits(texts)
            probability = torch.sigmoid(self._letterbox.from_canvas(logits))[:, 0].float().cpu().numpy()
        return [prediction_from_probability(plane, threshold) for plane in probability]
