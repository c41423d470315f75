"""The Predictor steps shared by models whose input is one square image (the model's "square input"):
fit each image once in ``set_image`` (`EncoderInputs`: the checkpoint's recorded fit) and cache what the
model computes from it; per expression, map the logits over the square back to image-sized
probabilities. Subclasses say what to cache (`_encode`) and how to get logits (`_mask_logits`).
"""

from __future__ import annotations

import numpy as np
import torch

from ...foundation.predictor import Prediction, prediction_from_probability, validate_rgb_image
from .square_input import EncoderInputs, SquareInput
from .torch_predictor import TorchPredictor


class SquareInputPredictor(TorchPredictor):
    def __init__(self, name: str, device: torch.device | str, precision: str, inputs: EncoderInputs) -> None:
        super().__init__(name, device, precision)
        self.inputs = inputs
        self.input_side = inputs.side
        self._image = None  # what _encode returned for the current image
        self._geometry: SquareInput | None = None

    def _encode(self, square: torch.Tensor, second: torch.Tensor | None):
        """What the expressions share for one square input (1 x 3 x S x S in [0, 1]) and the second
        encoder's own input, when the fit gives it one."""
        raise NotImplementedError

    def _mask_logits(self, texts: list[str]) -> torch.Tensor:
        """B x 1 x h x w mask logits over the square, one per expression, from the cached encoding."""
        raise NotImplementedError

    def _click_logits(self, points, labels, box) -> torch.Tensor:
        """1 x 1 x h x w mask logits over the square for clicks in image pixels (`TakesClicks.click`)."""
        raise NotImplementedError

    def _encode_image(self, image: np.ndarray) -> None:
        image = validate_rgb_image(image)
        with self.inference():
            self._image = self._encode(*self.inputs.tensors(image, self.device))
        self._geometry = self.inputs.geometry(*image.shape[:2])

    def predict(self, text: str, *, threshold: float = 0.5) -> Prediction:
        return self.predict_batch([text], threshold=threshold)[0]

    def predict_batch(self, texts: list[str], *, threshold: float = 0.5) -> list[Prediction]:
        if self._image is None or self._geometry is None:
            raise RuntimeError("set_image() must be called before predict()")
        if not texts:
            return []
        with self.inference():
            logits = self._mask_logits(texts)
            probability = self._geometry.probabilities(logits)
        return [prediction_from_probability(plane, threshold) for plane in probability]

    def click(self, points, labels, box=None, *, threshold: float = 0.5) -> Prediction:
        if self._image is None or self._geometry is None:
            raise RuntimeError("set_image() must be called before click()")
        with self.inference():
            probability = self._geometry.probabilities(self._click_logits(points, labels, box))[0]
        return prediction_from_probability(probability, threshold)
