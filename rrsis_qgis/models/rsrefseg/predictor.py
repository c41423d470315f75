"""RSRefSegPredictor: the Predictor interface over an RSRefSeg model, with image and text caches."""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
import torch

from ...core.predictor import Prediction, prediction_from_probability, validate_rgb_image
from ..common.letterbox import Letterbox
from ..common.precision import inference_autocast
from .model import ImageFeatures, RSRefSeg, TextFeatures

TEXT_CACHE_SIZE = 256


class RSRefSegPredictor:
    """``set_image`` runs SAM2's and SigLIP's image encoders once; ``predict`` only the text side."""

    def __init__(
        self, model: RSRefSeg, name: str, device: torch.device, compile: bool = False, precision: str = "auto"
    ) -> None:
        self.name = name
        self.device = torch.device(device)
        self.precision = precision
        self.model = model.to(self.device).eval()
        # torch.compile pays off on GPUs for long sessions; the first call then takes seconds to minutes.
        self._encode_image = torch.compile(self.model.encode_image) if compile else self.model.encode_image
        self._decode = torch.compile(self.model.decode) if compile else self.model.decode
        self._image: ImageFeatures | None = None
        self._letterbox: Letterbox | None = None
        self._texts: OrderedDict[str, TextFeatures] = OrderedDict()

    def set_image(self, image: np.ndarray) -> None:
        image = validate_rgb_image(image)
        letterbox = Letterbox(image.shape[0], image.shape[1], self.model.sam2_image_size)
        with torch.inference_mode(), inference_autocast(self.device, self.precision):
            self._image = self._encode_image(letterbox.to_canvas(image, self.device))
        self._letterbox = letterbox

    def clear_text_cache(self) -> None:
        """Forget the cached text embeddings (memory; or to time the text encoder)."""
        self._texts.clear()

    def predict(self, text: str, *, threshold: float = 0.5) -> Prediction:
        return self.predict_batch([text], threshold=threshold)[0]

    def predict_batch(self, texts: list[str], *, threshold: float = 0.5) -> list[Prediction]:
        if self._image is None or self._letterbox is None:
            raise RuntimeError("set_image() must be called before predict()")
        if not texts:
            return []
        with torch.inference_mode(), inference_autocast(self.device, self.precision):
            text = self._encode_texts(texts)
            logits = self._decode(self._image, text).mask_logits
            probability = torch.sigmoid(self._letterbox.from_canvas(logits))[:, 0].float().cpu().numpy()
        return [prediction_from_probability(plane, threshold) for plane in probability]

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
        return TextFeatures(
            tokens=torch.cat([item.tokens for item in chosen]),
            token_mask=torch.cat([item.token_mask for item in chosen]),
            pooled=torch.cat([item.pooled for item in chosen]),
        )
