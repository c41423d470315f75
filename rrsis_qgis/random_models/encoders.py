"""Random-weight SigLIP + SAM2 encoders of a named size, with a word-level tokenizer.

``tiny`` (a few layers, widths <= 64) is what tests, the `tiny` training preset and the CPU benchmark
use; ``large`` has the shapes of SigLIP so400m-patch14-384 and SAM2.1 Hiera-L, for timing the real
configuration without downloading it. Saved like hub folders, they load through exactly the code that
loads the real backbones.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import torch

from ..foundation.dependencies import require
from ..models.common.sam2_config import SAM2_HIERA_LARGE, Sam2Shape, sam2_config

# Words of the synthetic referring grammar and common referring expressions; others map to <unk>.
VOCABULARY = [
    *"the a an all of to in on at from and with is are".split(),
    *"left right top bottom center middle upper lower north south east west".split(),
    *"above below near next beside first second third fourth last leftmost rightmost".split(),
    *"largest smallest one two three four five small large big long round square".split(),
    *"red white blue green grey gray yellow black dark bright".split(),
    *"building buildings tank tanks storage ship ships boat vehicle vehicles car cars".split(),
    *"tree trees road roads pond ponds lake field house roof".split(),
]
SPECIAL_TOKENS = ["<pad>", "</s>", "<unk>"]


def build_tokenizer(words=VOCABULARY):
    """A word-level fast tokenizer: lower-cased, whitespace split, end-of-sequence token appended,
    padded on the left."""
    tokenizers = require("tokenizers")
    transformers = require("transformers")
    known = [*SPECIAL_TOKENS, *sorted({word.lower() for word in words} - set(SPECIAL_TOKENS))]
    vocab = {token: index for index, token in enumerate(known)}
    tokenizer = tokenizers.Tokenizer(tokenizers.models.WordLevel(vocab, unk_token="<unk>"))
    tokenizer.normalizer = tokenizers.normalizers.Lowercase()
    tokenizer.pre_tokenizer = tokenizers.pre_tokenizers.Whitespace()
    tokenizer.post_processor = tokenizers.processors.TemplateProcessing(
        single="$A </s>", special_tokens=[("</s>", vocab["</s>"])]
    )
    # Left padding puts the end-of-sequence token last, where SigLIP's text model pools the sentence
    # embedding; a model trained from scratch cannot learn to gather the sentence into trailing padding.
    return transformers.PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        pad_token="<pad>",
        eos_token="</s>",
        unk_token="<unk>",
        padding_side="left",
    )


@dataclass(frozen=True)
class SiglipShape:
    image_size: int
    patch_size: int
    width: int
    mlp_width: int
    layers: int
    heads: int
    vocab_size: int


PRESETS: dict[str, tuple[SiglipShape, Sam2Shape]] = {
    "tiny": (
        SiglipShape(image_size=128, patch_size=8, width=64, mlp_width=128, layers=4, heads=4, vocab_size=0),
        Sam2Shape(
            image_size=256,
            stage_widths=(16, 32, 64, 128),
            blocks_per_stage=(1, 1, 2, 1),
            heads_per_stage=(1, 1, 2, 4),
            window_per_stage=(4, 4, 4, 4),
            global_blocks=(3,),
            background_window=4,
            width=64,
            decoder_mlp_width=128,
            decoder_heads=4,
        ),
    ),
    "large": (  # google/siglip-so400m-patch14-384 and facebook/sam2.1-hiera-large shapes
        SiglipShape(
            image_size=384, patch_size=14, width=1152, mlp_width=4304, layers=27, heads=16, vocab_size=32000
        ),
        SAM2_HIERA_LARGE,
    ),
}


def siglip_config(shape: SiglipShape, vocab_size: int):
    transformers = require("transformers")
    # Config objects, not dicts: dicts first build a default text config, which warns about its token ids.
    return transformers.SiglipConfig(
        text_config=transformers.SiglipTextConfig(
            vocab_size=max(shape.vocab_size, vocab_size),
            hidden_size=shape.width,
            intermediate_size=shape.mlp_width,
            num_hidden_layers=shape.layers,
            num_attention_heads=shape.heads,
            max_position_embeddings=64,
            pad_token_id=0,
            bos_token_id=None,
            eos_token_id=1,
        ),
        vision_config=transformers.SiglipVisionConfig(
            image_size=shape.image_size,
            patch_size=shape.patch_size,
            hidden_size=shape.width,
            intermediate_size=shape.mlp_width,
            num_hidden_layers=shape.layers,
            num_attention_heads=shape.heads,
        ),
    )


def random_backbones(preset: str = "tiny", words=VOCABULARY):
    """(SiglipModel, Sam2Model, tokenizer) with random weights, in memory; the tokenizer knows ``words``."""
    transformers = require("transformers")
    siglip_shape, sam2_shape = PRESETS[preset]
    tokenizer = build_tokenizer(words)
    siglip = transformers.SiglipModel(siglip_config(siglip_shape, len(tokenizer)))
    # SigLIP's initial temperature (t' = log 10; the library's zero keeps image-text logits within
    # (-1, 1), so grounding learns very slowly) but bias 0, not SigLIP's -10: the prompter gates features
    # with sigmoid(t * cos + b), and at -10 that gate and its gradient start closed for every patch.
    with torch.no_grad():
        siglip.logit_scale.fill_(math.log(10.0))
        siglip.logit_bias.fill_(0.0)
    return siglip, transformers.Sam2Model(sam2_config(sam2_shape)), tokenizer


def save_random_backbones(folder: Path, preset: str = "tiny") -> dict[str, Path]:
    """Both backbones as hub-like folders under ``folder``; returns {"siglip": path, "sam2": path}."""
    siglip, sam2, tokenizer = random_backbones(preset)
    paths = {"siglip": Path(folder) / "siglip", "sam2": Path(folder) / "sam2"}
    siglip.save_pretrained(paths["siglip"])
    tokenizer.save_pretrained(paths["siglip"])
    sam2.save_pretrained(paths["sam2"])
    return paths


def random_sam(image_size: int = 256):
    """A tiny random original SAM (transformers SamModel: a 2-layer ViT, width 64) with the tiny SAM2's
    input size, prompt width 64 and decoder."""
    transformers = require("transformers")
    sam = transformers.models.sam.configuration_sam
    config = transformers.SamConfig(
        vision_config=sam.SamVisionConfig(
            hidden_size=64,
            output_channels=64,
            num_hidden_layers=2,
            num_attention_heads=2,
            image_size=image_size,
            patch_size=16,
            window_size=4,
            global_attn_indexes=[1],
            mlp_dim=128,
            num_pos_feats=32,  # the positional encoding's width is twice this: the prompt width
        ),
        prompt_encoder_config=sam.SamPromptEncoderConfig(
            hidden_size=64, image_size=image_size, patch_size=16
        ),
        mask_decoder_config=sam.SamMaskDecoderConfig(
            hidden_size=64, mlp_dim=128, num_attention_heads=4, iou_head_hidden_dim=64
        ),
    )
    return transformers.SamModel(config)
