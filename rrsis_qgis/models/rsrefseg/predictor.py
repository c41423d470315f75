"""RSRefSegPredictor: the Predictor interface over an RSRefSeg model, with image and text caches.

``optimise`` makes the per-expression path launch-light: the text encoder, the AttnPrompter and the mask
decoder are compiled for static shapes (CUDA graphs on a GPU), and expressions are padded to a few fixed
token lengths so that those shapes repeat. The outputs are the plain path's (tested on the CPU). It is
off by default: compiling costs tens of seconds on the first expression, and it waits for GPU
measurements (`make bench` times both paths) before it becomes a setting.
"""

from __future__ import annotations

from collections import OrderedDict

import torch

from ..common.sam2_parts import prompt_sam
from ..common.square_input_predictor import SquareInputPredictor
from ..common.torch_predictor import compiled, pad_to_bucket
from .model import ImageFeatures, RSRefSeg, TextFeatures

TEXT_CACHE_SIZE = 256


class RSRefSegPredictor(SquareInputPredictor):
    """``set_image`` runs SAM2's and SigLIP's image encoders once; ``predict`` only the text side."""

    def __init__(
        self,
        model: RSRefSeg,
        name: str,
        device: torch.device | str,
        precision: str = "auto",
        optimise: bool = False,
    ) -> None:
        super().__init__(name, device, precision, model.encoder_inputs)
        self.model = model.to(self.device).eval()
        self._texts: OrderedDict[str, TextFeatures] = OrderedDict()
        self.optimise = optimise
        if optimise:
            model.siglip_text = compiled(model.siglip_text, self.device)
            model.prompter = compiled(model.prompter, self.device)
            model.sam.mask_decoder = compiled(model.sam.mask_decoder, self.device)

    def clear_text_cache(self) -> None:
        """Forget the cached text embeddings (memory; or to time the text encoder)."""
        self._texts.clear()

    def _encode(self, square: torch.Tensor, second: torch.Tensor | None) -> ImageFeatures:
        return self.model.encode_image(square, second)

    def _mask_logits(self, texts: list[str]) -> torch.Tensor:
        return self.model.decode(self._image, self._encode_texts(texts)).mask_logits

    def _click_logits(self, points, labels, box) -> torch.Tensor:
        """The segmenter's (SAM2's or SAM's) own prompt encoder and decoder on the cached encoding."""
        return prompt_sam(self.model.sam, self._image.sam, self._geometry, box, points, labels)[0]

    def _encode_texts(self, texts: list[str]) -> TextFeatures:
        """Text features for each expression, encoding only those not seen recently (LRU cache)."""
        new = list(dict.fromkeys(text for text in texts if text not in self._texts))
        if new:
            input_ids, token_mask = self.model.tokenize(new)
            if self.optimise:
                limit = self.model.config.text_max_length
                input_ids, token_mask = pad_to_bucket(
                    input_ids, token_mask, self.model.tokenizer.pad_token_id, limit
                )
            encoded = self.model.encode_text(input_ids, token_mask)
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
