"""RS2SAM2Predictor: the Predictor interface over an RS2-SAM2 model.

``set_image`` caches what does not depend on the expression (both encoders' patch embeddings); the
expression enters the union encoder and SAM2's image encoder, so ``predict`` runs those per expression.
Clicks go to SAM2's decoder on the features of the last expression (fused once, then cached).
"""

from __future__ import annotations

import torch

from ...foundation.messages import QT_TRANSLATE_NOOP, Message
from ..common.square_input_predictor import SquareInputPredictor
from .model import RS2SAM2, Fused, ImageInputs


class RS2SAM2Predictor(SquareInputPredictor):
    def __init__(
        self, model: RS2SAM2, name: str, device: torch.device | str, precision: str = "auto"
    ) -> None:
        super().__init__(name, device, precision, model.encoder_inputs)
        self.model = model.to(self.device).eval()
        self._last_text: str | None = None  # what clicks refine: the text enters the image features
        self._fused: tuple[str, Fused] | None = None

    def _encode(self, square: torch.Tensor, second: torch.Tensor | None) -> ImageInputs:
        self._last_text = self._fused = None
        return self.model.prepare_image(square, second)

    def _mask_logits(self, texts: list[str]) -> torch.Tensor:
        self._last_text = texts[-1]
        return self.model.decode(self._image, *self.model.tokenize(texts)).mask_logits

    def _click_logits(self, points, labels, box) -> torch.Tensor:
        text = self._last_text
        if text is None:
            # fmt: off
            first = QT_TRANSLATE_NOOP("messages",
                "{model} takes clicks on a result of its own: segment this view by text first, then refine")
            # fmt: on
            raise ValueError(Message(first, model=self.name))
        if self._fused is None or self._fused[0] != text:
            self._fused = (text, self.model.fuse(self._image, *self.model.tokenize([text])))
        return self.model.decode_clicks(self._fused[1], self._geometry, points, labels, box)
