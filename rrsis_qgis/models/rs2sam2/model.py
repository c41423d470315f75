"""RS2-SAM2 (Rong et al., AAAI 2026): a union encoder, bidirectional hierarchical fusion inside SAM2's
image encoder, and a mask prompt generator whose pseudo-mask is SAM2's dense prompt.

Data flow for one image and one expression:
1. BEiT-3 (the union encoder) encodes the image (224 px) and the expression together: a multimodal class
   token, visual tokens on a 14 x 14 grid and text tokens, all aligned.
2. The text tokens, projected to SAM2's width, flow through SAM2's Hiera blocks, where fusion adapters let
   vision and text attend to each other at every stage (see fusion.py); the FPN neck follows as usual.
3. The mask prompt generator: the class token attends to the visual tokens, gates them, and a linear
   layer turns each into a pseudo-mask logit (14 x 14); resized, the pseudo-mask is SAM2's dense prompt.
   The class token, through an MLP, is the sparse prompt.
4. SAM2's image embedding, gated by attention to the text, and both prompts go through SAM2's mask decoder.

Facts from the authors' code (rongfu-dsb/RS2-SAM2: lib/evf_sam.py, models/sam2/modeling/backbones/
hieradet.py, models/sam2/modeling/sam/mask_decoder.py): adapters in every Hiera block with a bottleneck
of a quarter of the block width and 4 heads; text mixed back with alpha 0.2; MLP adapter scaled by 0.5;
8-head attention in the mask prompt generator and the decoder's text gate; the pseudo-mask is the sigmoid
of the logits; SAM2 Hiera-L at 1024 px; BEiT-3 large at 224 px with ImageNet normalisation.

Where this implementation chose (the authors' code is silent or this pipeline differs):
- Padding: the text's padding is hidden from every attention (the authors pass no padding mask inside
  SAM2), so an expression gives the same mask alone or in a padded batch.
- Both encoders see the image as the authors' transforms give it: stretched to 1024² for SAM2 and to
  224² (bicubic) for BEiT-3 (`image_fit: resize`); checkpoints written before the fit was recorded
  letterbox one square for both, as they were trained.
- The fusion attentions add their output to the queries, as in the authors' hieradet.py; the class-token
  and decoder text gates multiply, as in their evf_sam.py and mask_decoder.py.
- Training the `large` preset starts from SAM2.1 Hiera-L (the authors' config file is SAM2's first
  Hiera-L, the same modules for single images).
- The authors' text-weighted boundary loss (and its `text2one_linear`) is not used; training uses this
  project's BCE + Dice, optionally with a Dice loss on the pseudo-mask (`--aux-weight`).
- The union encoder's image embeddings are cached per image; everything after them depends on the
  expression (the text enters SAM2's image encoder), so each expression runs SAM2's Hiera.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

from ...foundation.errors import CheckpointMismatch
from ..common.backbones import SAM2_MEAN, SAM2_STD, load_sam2
from ..common.checkpoint import load_trained_weights, read_config, read_weights, save_checkpoint
from ..common.config_checks import check_sizes
from ..common.sam2_parts import decode_sam2, prompt_sam, sam2_fpn_levels, sam2_positional_encoding
from ..common.square_input import EncoderInputs
from ..registry import find_component
from .config import RS2SAM2Config
from .fusion import build_block_adapters, run_hiera_with_text
from .union import (
    UNION_MEAN,
    UNION_STD,
    build_union_encoder,
    encode_jointly,
    load_union_tokenizer,
    load_union_weights,
)

# Sub-folders of a checkpoint: the tokenizer, and SAM2's config when the checkpoint holds all of SAM2.
EMBEDDED_SAM2, EMBEDDED_TOKENIZER = "sam2", "tokenizer"


@dataclass
class ImageInputs:
    """What one square input gives before any expression is known; cached by the predictor."""

    union_tokens: torch.Tensor  # B x 1+N x C: BEiT-3's class token and patch embeddings
    hiera_tokens: torch.Tensor  # B x H x W x C: Hiera's patch embeddings with positions

    def expand(self, batch: int) -> ImageInputs:
        return ImageInputs(
            union_tokens=self.union_tokens.expand(batch, -1, -1),
            hiera_tokens=self.hiera_tokens.expand(batch, -1, -1, -1),
        )


@dataclass
class Fused:
    """The expression-dependent features before the mask prompt generator and SAM2's decoder."""

    class_token: torch.Tensor  # B x 1 x C, the union encoder's multimodal class token
    visual: torch.Tensor  # B x N x C, its visual tokens
    levels: list[torch.Tensor]  # SAM2's decoder inputs, fine to coarse (text-adapted)


@dataclass
class Decoded:
    mask_logits: torch.Tensor  # B x 1 x 4h x 4w over the square (h x w: SAM2's embedding grid)
    iou: torch.Tensor  # B, SAM2's predicted IoU
    activation_logits: torch.Tensor  # B x 1 x g x g, the pseudo-mask's logits (the dense prompt)


class TextGate(nn.Module):
    """Gates each position of an embedding by its attention to the text (queries carry positions)."""

    def __init__(self, width: int, heads: int) -> None:
        super().__init__()
        self.attention = nn.MultiheadAttention(width, heads, batch_first=True)

    def forward(
        self, x: torch.Tensor, text: torch.Tensor, text_padding: torch.Tensor, query_position=None
    ) -> torch.Tensor:
        query = x if query_position is None else x + query_position
        return x * self.attention(query, text, text, key_padding_mask=text_padding, need_weights=False)[0]


class MaskPromptGenerator(nn.Module):
    """Multimodal class token + visual tokens -> pseudo-mask logits on the union encoder's grid."""

    def __init__(self, width: int, heads: int) -> None:
        super().__init__()
        self.token_gate = nn.MultiheadAttention(width, heads, batch_first=True)
        self.token_proj = nn.Linear(width, width)
        self.pixel_logit = nn.Linear(width, 1)

    def forward(self, class_token: torch.Tensor, visual: torch.Tensor, grid: int) -> torch.Tensor:
        token = class_token * self.token_gate(class_token, visual, visual, need_weights=False)[0]
        logits = self.pixel_logit(visual * self.token_proj(token))  # B x N x 1
        return logits.transpose(1, 2).reshape(visual.shape[0], 1, grid, grid)


# The authors' release is saved by their EvfSamModel (EVF-SAM's config class, model_type "evf"), with
# `mm_extractor_scale` naming the BEiT-3 size; their XLM-R tokenizer sits in the same folder.
AUTHORS_MODEL_TYPE = "evf"
BEIT3_SIZES = {
    "base": {"union_width": 768, "union_layers": 12, "union_heads": 12, "union_mlp_width": 3072},
    "large": {"union_width": 1024, "union_layers": 24, "union_heads": 16, "union_mlp_width": 4096},
}


def config_of_checkpoint(raw: dict) -> RS2SAM2Config:
    """Our config.json as it is; the authors' one as the paper's configuration with their BEiT-3 size
    (their folder holds all of SAM2 and the tokenizer)."""
    if raw.get("model_type") != AUTHORS_MODEL_TYPE:
        return RS2SAM2Config.from_dict(raw)
    check_sizes(raw, "config.json")
    scale = raw.get("mm_extractor_scale", "large")
    if scale not in BEIT3_SIZES:
        raise CheckpointMismatch(
            f"the authors' config names BEiT-3 '{scale}'; this version knows base and large"
        )
    return RS2SAM2Config(**BEIT3_SIZES[scale], sam2_weights=False, tokenizer=".")


class RS2SAM2(nn.Module):
    def __init__(self, config: RS2SAM2Config, sam2: nn.Module, tokenizer) -> None:
        super().__init__()
        self.config = config
        self.tokenizer = tokenizer
        self.sam2 = sam2
        self.union_encoder = build_union_encoder(config)
        width, sam_width = config.union_width, sam2.prompt_encoder.hidden_size
        hiera = sam2.vision_encoder.backbone
        self.block_adapters = build_block_adapters(hiera, sam_width, config)
        self.text_proj = nn.Linear(width, sam_width)
        self.sparse_proj = nn.Sequential(nn.Linear(width, width), nn.ReLU(), nn.Linear(width, sam_width))
        self.prompt_generator = MaskPromptGenerator(width, config.prompt_heads)
        self.decoder_text_gate = (
            TextGate(sam_width, config.prompt_heads) if config.decoder_text_fusion else None
        )
        self.conversion_report: str | None = None  # set when loaded from the authors' checkpoint
        for name, values in (("sam2", (SAM2_MEAN, SAM2_STD)), ("union", (UNION_MEAN, UNION_STD))):
            self.register_buffer(f"{name}_mean", torch.tensor(values[0]).view(1, 3, 1, 1), persistent=False)
            self.register_buffer(f"{name}_std", torch.tensor(values[1]).view(1, 3, 1, 1), persistent=False)
        if not config.train_backbones:
            # The paper's setup: SAM2's image encoder frozen behind the adapters; the union encoder, the
            # prompt encoder and the mask decoder train.
            self.sam2.vision_encoder.requires_grad_(False)

    # ---- construction and checkpoints -------------------------------------------------------------

    @classmethod
    def from_config(
        cls, config: RS2SAM2Config, resolve: Callable[[str], Path], tokenizer_path: Path
    ) -> RS2SAM2:
        model = cls(
            config, load_sam2(resolve(config.sam2), config.sam2_weights), load_union_tokenizer(tokenizer_path)
        )
        if config.union_weights:
            load_union_weights(model.union_encoder, Path(config.union_weights))
        return model

    @classmethod
    def load(cls, folder: Path, resolve: Callable[[str], Path]) -> RS2SAM2:
        """A checkpoint folder: ours (config.json + model.safetensors + tokenizer/), or the authors'
        released one (their EvfSamModel folder, or their .pth with our config.json), whose keys keymap.py
        translates."""
        from .keymap import is_authors_state_dict, translate_authors_state_dict

        folder = Path(folder)

        def component(source: str) -> Path:
            return find_component(folder, source, resolve)

        config = config_of_checkpoint(read_config(folder))
        config = replace(config, union_weights=None)  # the checkpoint carries the union encoder
        model = cls.from_config(config, component, component(config.tokenizer))
        weights = read_weights(folder)
        if is_authors_state_dict(weights):
            translated, report = translate_authors_state_dict(weights, model.state_dict())
            model.load_state_dict(translated, strict=False)
            model.conversion_report = report
            # How these weights were trained: the authors' two-class output, on images stretched to
            # each encoder's input (their transforms).
            model.config = replace(model.config, mask_output="two_class", image_fit="resize")
        else:
            load_trained_weights(model, folder, model.trained_state_dict())
        return model

    def save(self, folder: Path) -> None:
        """config.json + model.safetensors + the tokenizer; with trained backbones also SAM2's config."""
        folder = Path(folder)
        self.tokenizer.save_pretrained(folder / EMBEDDED_TOKENIZER)
        config = replace(self.config, tokenizer=EMBEDDED_TOKENIZER, union_weights=None)  # weights: below
        if config.train_backbones:
            self.sam2.config.save_pretrained(folder / EMBEDDED_SAM2)
            config = replace(config, sam2=EMBEDDED_SAM2, sam2_weights=False)
        save_checkpoint(folder, config.to_dict(), self.trained_state_dict())

    def trained_state_dict(self) -> dict[str, torch.Tensor]:
        """Everything but SAM2's frozen image encoder (all of it with ``train_backbones``)."""
        if self.config.train_backbones:
            return self.state_dict()
        return {
            name: tensor
            for name, tensor in self.state_dict().items()
            if not name.startswith("sam2.vision_encoder.")
        }

    # ---- the stages ---------------------------------------------------------------------------------

    @property
    def sam2_image_size(self) -> int:
        return self.sam2.prompt_encoder.input_image_size

    def tokenize(self, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        """Token ids padded to the longest expression, and the padding positions (True = padding)."""
        encoded = self.tokenizer(
            texts, padding=True, truncation=True, max_length=self.config.text_max_length, return_tensors="pt"
        )
        device = self.text_proj.weight.device
        return encoded["input_ids"].to(device), (encoded["attention_mask"] == 0).to(device)

    @property
    def encoder_inputs(self) -> EncoderInputs:
        """How an image becomes this model's inputs: SAM2's square and BEiT-3's, which the authors resize
        from the float image, bicubic (their beit_transforms), under the checkpoint's recorded fit."""
        size = self.config.union_image_size
        return EncoderInputs(self.config.image_fit, self.sam2_image_size, size, "bicubic", False)

    def prepare_image(self, square: torch.Tensor, union_square: torch.Tensor | None = None) -> ImageInputs:
        """square: B x 3 x S x S in [0, 1] (S = SAM2's image size), union_square: BEiT-3's own input
        (`encoder_inputs`) or None to make it from ``square`` -> the expression-independent inputs."""
        size = self.config.union_image_size
        union_pixels = union_square
        if union_pixels is None:
            union_pixels = F.interpolate(
                square, size=(size, size), mode="bilinear", align_corners=False, antialias=True
            )
        union_tokens = self.union_encoder.vision_embed((union_pixels - self.union_mean) / self.union_std)
        hiera = self.sam2.vision_encoder.backbone
        embedded = hiera.patch_embed((square - self.sam2_mean) / self.sam2_std)
        return ImageInputs(
            union_tokens=union_tokens, hiera_tokens=embedded + hiera._get_pos_embed(embedded.shape[1:3])
        )

    def fuse(self, image: ImageInputs, input_ids: torch.Tensor, text_padding: torch.Tensor) -> Fused:
        """The union encoder over image and text, then SAM2's image encoder with the fusion adapters."""
        batch = input_ids.shape[0]
        if image.union_tokens.shape[0] != batch:
            image = image.expand(batch)
        joint = encode_jointly(self.union_encoder, image.union_tokens, input_ids, text_padding)
        patches = image.union_tokens.shape[1] - 1
        class_token, visual, words = joint[:, :1], joint[:, 1 : 1 + patches], joint[:, 1 + patches :]
        text = self.text_proj(words)  # B x T x D (SAM2's width)

        stages = run_hiera_with_text(
            self.sam2.vision_encoder.backbone, self.block_adapters, image.hiera_tokens, text, text_padding
        )
        levels = sam2_fpn_levels(self.sam2, stages)
        if self.decoder_text_gate is not None:
            embedding = levels[-1]
            height, width = embedding.shape[-2:]
            position = sam2_positional_encoding(self.sam2, height, width).flatten(2).transpose(1, 2)
            gated = self.decoder_text_gate(embedding.flatten(2).transpose(1, 2), text, text_padding, position)
            levels = [*levels[:-1], gated.transpose(1, 2).reshape(embedding.shape)]
        return Fused(class_token=class_token, visual=visual, levels=levels)

    def decode(self, image: ImageInputs, input_ids: torch.Tensor, text_padding: torch.Tensor) -> Decoded:
        """Masks for each expression; ``image`` may hold one square input for all of them."""
        fused = self.fuse(image, input_ids, text_padding)
        sparse, dense, pseudo_logits = self.prompts(fused)
        mask_logits, iou = decode_sam2(self.sam2, fused.levels, sparse, dense)
        return Decoded(mask_logits=self._decided(mask_logits), iou=iou, activation_logits=pseudo_logits)

    def prompts(self, fused: Fused) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """SAM2's prompts from the fused features: the class token as the sparse prompt (B x 1 x 1 x D),
        the pseudo-mask as the dense one, and the pseudo-mask's logits."""
        batch, grid = fused.class_token.shape[0], round(fused.visual.shape[1] ** 0.5)
        pseudo_logits = self.prompt_generator(fused.class_token, fused.visual, grid)
        prompt_encoder = self.sam2.prompt_encoder
        dense_input = None
        if self.config.dense_prompt:
            dense_input = F.interpolate(
                torch.sigmoid(pseudo_logits),
                size=prompt_encoder.mask_input_size,
                mode="bilinear",
                align_corners=False,
            )
        _, dense = prompt_encoder(
            input_points=None, input_labels=None, input_boxes=None, input_masks=dense_input
        )
        dense = dense.expand(batch, -1, -1, -1)
        sparse = self.sparse_proj(fused.class_token)  # B x 1 x D
        return sparse.unsqueeze(1), dense, pseudo_logits

    def decode_clicks(self, fused: Fused, geometry, points, labels, box) -> torch.Tensor:
        """Mask logits (1 x 1 x h x w over the square) for clicks in image pixels on one expression's
        fused features: SAM2's decoder with the clicks' prompts beside the model's own."""
        sparse, dense, _ = self.prompts(fused)
        logits, _ = prompt_sam(self.sam2, fused.levels, geometry, box, points, labels, None, sparse, dense)
        return self._decided(logits)

    def _decided(self, mask_logits: torch.Tensor) -> torch.Tensor:
        if self.config.mask_output == "two_class":
            # Softmax over [1 - x, x] gives the object σ(x - (1 - x)): as a sigmoid's logit that is 2x - 1,
            # which prediction and fine-tuning (the authors' cross-entropy, then) both see.
            return 2 * mask_logits - 1
        return mask_logits

    def forward(
        self,
        square: torch.Tensor,
        input_ids: torch.Tensor,
        text_padding: torch.Tensor,
        union_square: torch.Tensor | None = None,
    ) -> Decoded:
        """Training path: B square inputs with one expression each."""
        return self.decode(self.prepare_image(square, union_square), input_ids, text_padding)
