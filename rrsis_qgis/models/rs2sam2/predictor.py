"""RS2SAM2Predictor: the Predictor interface over an RS2-SAM2 model.

``set_image`` caches what does not depend on the expression (both encoders' patch embeddings); the
expression enters the union encoder and SAM2's image encoder, so ``predict`` runs those per expression.
"""

from __future__ import annotations

import torch

from ..common.square_input_predictor import SquareInputPredictor
from .model import RS2SAM2, ImageInputs


class RS2SAM2Predictor(SquareInputPredictor):
    def __init__(
        self, model: RS2SAM2, name: str, device: torch.device | str, precision: str = "auto"
    ) -> None:
        super().__init__(name, device, precision, model.encoder_inputs)
        self.model = model.to(self.device).eval()

    def _encode(self, square: torch.Tensor, second: torch.Tensor | None) -> ImageInputs:
        return self.model.prepare_image(square, second)

    def _mask_logits(self, texts: list[str]) -> torch.Tensor:
        return self.model.decode(self._image, *self.model.tokenize(texts)).mask_logits
