"""RSRefSegPredictor: the Predictor interface over an RSRefSeg model, with image and text caches."""

from __future__ import annotations

from collections import OrderedDict

import torch

from ..common.square_input_predictor import SquareInputPredictor
from .model import ImageFeatures, RSRefSeg, TextFeatures

TEXT_CACHE_SIZE = 256


class RSRefSegPredictor(SquareInputPredictor):
    """``set_image`` runs SAM2's and SigLIP's image encoders once; ``predict`` only the text side."""

    def __init__(
        self, model: RSRefSeg, name: str, device: torch.device | str, precision: str = "auto"
    ) -> None:
        super().__init__(name, device, precision, model.encoder_inputs)
        self.model = model.to(self.device).eval()
        self._texts: OrderedDict[str, TextFeatures] = OrderedDict()

    def clear_text_cache(self) -> None:
        """Forget the cached text embeddings (memory; or to time the text encoder)."""
        self._texts.clear()

    def _encode(self, square: torch.Tensor, second: torch.Tensor | None) -> ImageFeatures:
        return self.model.encode_image(square, second)

    def _mask_logits(self, texts: list[str]) -> torch.Tensor:
        return self.model.decode(self._image, self._encode_texts(texts)).mask_logits

    def _encode_texts(self, texts: list[str]) -> TextFeatures:
        """Text features for each expression, encoding only those not seen recently (LRU cache)."""
        new = list(dict.fromkeys(text for text in texts if text not in self._texts))
        if new:
            encoded = self.model.encode_text(*self.model.tokenize(new))
            for index, text in enumerate(new):
                self._texts[text] = TextFeatures(
                    tokens=encoded.tokens[index : index + 1],
                    token_mask=encoded.token_mask[index : index + 1],
                    pooled=encoded.pooled[index : index + 1],
                )
        chosen = [self._texts[text] for text in texts]
        for text in texts:
            self._texts.move_to_end(text)
        while len(self._texts) > TEXT_CACHE_SIZE:
            self._texts.popitem(last=False)
        return TextFeatures.concat(chosen)
