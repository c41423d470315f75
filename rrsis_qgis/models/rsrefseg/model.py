"""RSRefSeg on SAM2: SigLIP text + vision encoders, AttnPrompter, SAM2 image encoder and mask decoder.

Trained parts: LoRA adapters in SigLIP's vision and text encoders and in SAM2's Hiera image encoder, the
AttnPrompter, SAM2's prompt encoder and mask decoder. Everything else stays frozen.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

from ..common.backbones import SIGLIP_MEAN, SIGLIP_STD, Siglip, load_sam, load_sam2, load_siglip
from ..common.checkpoint import load_trained_weights, read_config, save_checkpoint
from ..common.lora import LoraSettings, inject_lora, merge_lora
from ..common.sam2_parts import decode_sam, encode_sam_image, sam2_positional_encoding, sam_mask_input_size
from ..common.square_input import EncoderInputs
from ..registry import find_component
from .config import RSRefSegConfig
from .prompter import AttnPrompter

# Sub-folders of a checkpoint that embeds its backbones (train_backbones).
EMBEDDED_SIGLIP = "siglip"
# Checkpoints written before SAM joined SAM2 as a segmenter name the segmenter's tensors "sam2.".
OLD_SEGMENTER_PREFIX, SEGMENTER_PREFIX = "sam2.", "sam."


@dataclass
class ImageFeatures:
    """Output of both image encoders for a batch of square inputs; cached by the predictor."""

    sam: list[torch.Tensor]  # SAM2 FPN levels, fine to coarse, each B x C_l x H_l x W_l
    siglip: torch.Tensor  # B x C x g x g SigLIP patch features

    def expand(self, batch: int) -> ImageFeatures:
        """The same image for ``batch`` expressions (views, no copies)."""
        return ImageFeatures(
            sam=[level.expand(batch, -1, -1, -1) for level in self.sam],
            siglip=self.siglip.expand(batch, -1, -1, -1),
        )


@dataclass
class TextFeatures:
    tokens: torch.Tensor  # B x T x C per-token SigLIP states
    token_mask: torch.Tensor  # B x T, 1 for the tokens the local activation averages over, 0 for the rest
    pooled: torch.Tensor  # B x C sentence embedding (EOS, through SigLIP's text head)

    @staticmethod
    def concat(parts: list[TextFeatures]) -> TextFeatures:
        """One batch from several, their tokens padded on the right (masked) to the longest."""
        length = max(part.tokens.shape[1] for part in parts)

        def padded(tensor: torch.Tensor) -> torch.Tensor:
            extra = length - tensor.shape[1]
            return F.pad(tensor, (0, 0, 0, extra) if tensor.dim() == 3 else (0, extra))

        return TextFeatures(
            tokens=torch.cat([padded(part.tokens) for part in parts]),
            token_mask=torch.cat([padded(part.token_mask) for part in parts]),
            pooled=torch.cat([part.pooled for part in parts]),
        )


@dataclass
class Decoded:
    mask_logits: torch.Tensor  # B x 1 x 4h x 4w over the square (h x w: SAM2's embedding grid)
    iou: torch.Tensor  # B, SAM2's predicted IoU
    activation_logits: torch.Tensor  # B x 1 x g x g, the prompter's global activation (the dense prompt)


class RSRefSeg(nn.Module):
    def __init__(self, config: RSRefSegConfig, siglip: Siglip, sam: nn.Module) -> None:
        """``sam``: the segmenter, a transformers Sam2Model (``segmenter: sam2``) or SamModel (``sam``)."""
        super().__init__()
        self.config = config
        self.tokenizer = siglip.tokenizer
        self.siglip_config = siglip.config
        self.siglip_image_size = siglip.image_size
        self.siglip_vision = siglip.vision
        self.siglip_text = siglip.text
        self.logit_scale = siglip.logit_scale
        self.logit_bias = siglip.logit_bias
        self.sam = sam
        self.prompter = AttnPrompter(
            siglip.hidden_size, sam.prompt_encoder.hidden_size, config.prompter_downsamples
        )
        self.register_buffer("siglip_mean", torch.tensor(SIGLIP_MEAN).view(1, 3, 1, 1), persistent=False)
        self.register_buffer("siglip_std", torch.tensor(SIGLIP_STD).view(1, 3, 1, 1), persistent=False)

        if config.train_backbones:
            return  # everything trains, as it is when built
        for frozen in (self.siglip_vision, self.siglip_text, self.sam):
            frozen.requires_grad_(False)
        self.logit_scale.requires_grad_(False)
        self.logit_bias.requires_grad_(False)
        self.sam.prompt_encoder.requires_grad_(True)
        self.sam.mask_decoder.requires_grad_(True)
        for host, target in (
            (self.siglip_vision, config.lora_siglip_vision),
            (self.siglip_text, config.lora_siglip_text),
            (self.sam.vision_encoder, config.lora_segmenter_image),
        ):
            if target:
                inject_lora(
                    host, LoraSettings(target, config.lora_rank, config.lora_alpha, config.lora_dropout)
                )

    # ---- construction and checkpoints -------------------------------------------------------------

    @classmethod
    def from_config(cls, config: RSRefSegConfig, resolve: Callable[[str], Path]) -> RSRefSeg:
        """Build with pretrained backbones; ``resolve`` turns a hub id or path into a local folder.

        With ``train_backbones`` the checkpoint carries the encoders' weights, so only their
        architectures are read here."""
        with_weights = not config.train_backbones
        return cls(
            config,
            load_siglip(resolve(config.siglip), with_weights),
            (load_sam if config.segmenter == "sam" else load_sam2)(
                resolve(config.segmenter_weights), with_weights
            ),
        )

    @classmethod
    def load(cls, folder: Path, resolve: Callable[[str], Path]) -> RSRefSeg:
        folder = Path(folder)
        model = cls.from_config(
            RSRefSegConfig.from_dict(read_config(folder)),
            lambda source: find_component(folder, source, resolve),
        )
        load_trained_weights(
            model, folder, model.trained_state_dict(), {OLD_SEGMENTER_PREFIX: SEGMENTER_PREFIX}
        )
        return model

    def save(self, folder: Path) -> None:
        """config.json + model.safetensors; with trained backbones also their configs and tokenizer."""
        config = self.config
        if config.train_backbones:
            folder = Path(folder)
            self.siglip_config.save_pretrained(folder / EMBEDDED_SIGLIP)
            self.tokenizer.save_pretrained(folder / EMBEDDED_SIGLIP)
            self.sam.config.save_pretrained(folder / config.segmenter)
            config = replace(config, siglip=EMBEDDED_SIGLIP, **{config.segmenter: config.segmenter})
        save_checkpoint(folder, config.to_dict(), self.trained_state_dict())

    def trained_state_dict(self) -> dict[str, torch.Tensor]:
        """What training changes (and a checkpoint stores): prompter, SAM2 prompt encoder + decoder, LoRA;
        everything when the backbones train too."""
        if self.config.train_backbones:
            return self.state_dict()
        trained_modules = ("prompter.", "sam.prompt_encoder.", "sam.mask_decoder.")
        return {
            name: tensor
            for name, tensor in self.state_dict().items()
            if name.startswith(trained_modules) or ".lora_" in name
        }

    def merge_lora(self) -> int:
        """Fold LoRA into the frozen weights for inference (no training afterwards)."""
        return sum(
            merge_lora(host) for host in (self.siglip_vision, self.siglip_text, self.sam.vision_encoder)
        )

    # ---- the three stages -------------------------------------------------------------------------

    @property
    def sam_image_size(self) -> int:
        return self.sam.prompt_encoder.input_image_size

    def tokenize(self, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        """Token ids and the mask of the tokens the local activation averages over. ``end_token`` (the
        authors'): each expression's own tokens, a batch padded on the right, the mask all of them;
        ``padded``: padded to ``text_max_length`` (as SigLIP was trained), the mask the real words
        (neither padding nor the end-of-sequence token, whose state is the global embedding)."""
        device = self.logit_scale.device
        if self.config.text_pooling == "end_token":
            encoded = self.tokenizer(
                texts,
                padding="longest",
                padding_side="right",
                truncation=True,
                max_length=self.config.text_max_length,
                return_tensors="pt",
            )
            return encoded["input_ids"].to(device), encoded["attention_mask"].to(
                device, self.logit_scale.dtype
            )
        encoded = self.tokenizer(
            texts,
            padding="max_length",
            truncation=True,
            max_length=self.config.text_max_length,
            return_tensors="pt",
        )
        input_ids = encoded["input_ids"].to(device)
        words = (input_ids != self.tokenizer.pad_token_id) & (input_ids != self.tokenizer.eos_token_id)
        return input_ids, words.to(self.logit_scale.dtype)

    @property
    def encoder_inputs(self) -> EncoderInputs:
        """How an image becomes this model's inputs: SAM2's square and SigLIP's, resampled as
        SiglipImageProcessor does (bicubic, in 8 bits), under the checkpoint's recorded fit."""
        return EncoderInputs(
            self.config.image_fit, self.sam_image_size, self.siglip_image_size, "bicubic", True
        )

    def encode_image(self, square: torch.Tensor, siglip_square: torch.Tensor | None = None) -> ImageFeatures:
        """square: B x 3 x S x S in [0, 1], S = SAM2's image size; siglip_square: SigLIP's own input
        (`encoder_inputs`), or None to make it from ``square`` (the ``letterbox`` fit)."""
        sam = encode_sam_image(self.sam, square)
        batch = square.shape[0]

        if siglip_square is None:
            siglip_square = F.interpolate(
                square,
                size=(self.siglip_image_size,) * 2,
                mode="bilinear",
                align_corners=False,
                antialias=True,
            )
        siglip_pixels = (siglip_square - self.siglip_mean) / self.siglip_std
        patches = self.siglip_vision(pixel_values=siglip_pixels).last_hidden_state  # B x g*g x C
        side = math.isqrt(patches.shape[1])
        siglip = patches.transpose(1, 2).reshape(batch, -1, side, side)
        return ImageFeatures(sam=sam, siglip=siglip)

    def encode_text(self, input_ids: torch.Tensor, token_mask: torch.Tensor) -> TextFeatures:
        attention_mask = None
        if self.config.text_pooling == "end_token":
            # The padding is hidden, so every expression is encoded as if alone; its end token is its last.
            outputs = self.siglip_text(input_ids=input_ids, attention_mask=token_mask.long())
            last = token_mask.sum(dim=1).long() - 1
            states = outputs.last_hidden_state
            pooled = self.siglip_text.head(states[torch.arange(states.shape[0], device=states.device), last])
            return TextFeatures(tokens=states, token_mask=token_mask, pooled=pooled)
        if self.config.text_attention_mask:
            attention_mask = (input_ids != self.tokenizer.pad_token_id).long()
        outputs = self.siglip_text(input_ids=input_ids, attention_mask=attention_mask)
        return TextFeatures(
            tokens=outputs.last_hidden_state, token_mask=token_mask, pooled=outputs.pooler_output
        )

    def decode(self, image: ImageFeatures, text: TextFeatures) -> Decoded:
        """Masks for each expression; ``image`` may hold one square input for all of them."""
        batch = text.pooled.shape[0]
        if image.siglip.shape[0] != batch:
            image = image.expand(batch)
        grid = image.siglip.shape[-1]
        sparse, global_logits = self.prompter(
            image.siglip,
            text.tokens,
            text.token_mask,
            text.pooled,
            self.logit_scale,
            self.logit_bias,
            sam2_positional_encoding(self.sam, grid, grid),
        )
        prompt_encoder = self.sam.prompt_encoder
        dense_input = None
        if self.config.dense_prompt:
            dense_input = F.interpolate(
                global_logits, size=sam_mask_input_size(self.sam), mode="bilinear", align_corners=False
            )
        _, dense = prompt_encoder(
            input_points=None, input_labels=None, input_boxes=None, input_masks=dense_input
        )
        dense = dense.expand(batch, -1, -1, -1)

        mask_logits, iou = decode_sam(self.sam, image.sam, sparse.unsqueeze(1), dense)
        return Decoded(mask_logits=mask_logits, iou=iou, activation_logits=global_logits)

    def forward(
        self,
        square: torch.Tensor,
        input_ids: torch.Tensor,
        token_mask: torch.Tensor,
        siglip_square: torch.Tensor | None = None,
    ) -> Decoded:
        """Training path: B square inputs with one expression each."""
        return self.decode(self.encode_image(square, siglip_square), self.encode_text(input_ids, token_mask))
