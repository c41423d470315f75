"""Random-weight RSRefSeg and RS2-SAM2 models of a named size: the `tiny` training preset, the tests, and
the benchmark's rows for the real (`large`) shapes without downloading them."""

from __future__ import annotations

from ..foundation.dependencies import require
from ..models.common.backbones import prepare_sam2, siglip_parts
from ..models.common.sam2_config import sam2_config
from .encoders import PRESETS, VOCABULARY, build_tokenizer, random_backbones


def random_rsrefseg(preset: str = "tiny", words=VOCABULARY):
    """An RSRefSeg with the default configuration (LoRA included) on random encoders of ``preset``."""
    from ..models.rsrefseg.config import RSRefSegConfig
    from ..models.rsrefseg.model import RSRefSeg

    siglip, sam2, tokenizer = random_backbones(preset, words)
    return RSRefSeg(RSRefSegConfig(), siglip_parts(siglip, tokenizer), prepare_sam2(sam2))


def random_rs2sam2(words=VOCABULARY, preset: str = "tiny"):
    """An RS2-SAM2 with random weights and a word-level tokenizer padded on the right, as XLM-R is.
    ``tiny``: a BEiT-3-shaped union encoder of width 64 at 128 px and the tiny SAM2, all trained;
    ``large``: the paper's BEiT-3 large and SAM2 Hiera-L shapes (SAM2's image encoder frozen)."""
    from ..models.rs2sam2.config import RS2SAM2Config
    from ..models.rs2sam2.model import RS2SAM2

    transformers = require("transformers")
    tokenizer = build_tokenizer(words)
    tokenizer.padding_side = "right"  # BEiT-3 numbers text positions from the first token
    sam2 = prepare_sam2(transformers.Sam2Model(sam2_config(PRESETS[preset][1])))
    if preset == "large":
        return RS2SAM2(RS2SAM2Config(tokenizer="tokenizer", sam2="sam2", sam2_weights=False), sam2, tokenizer)
    config = RS2SAM2Config(
        union_width=64,
        union_layers=4,
        union_heads=4,
        union_mlp_width=128,
        union_image_size=128,
        union_patch_size=8,
        vocab_size=len(tokenizer),
        tokenizer="tokenizer",
        text_max_length=16,
        sam2="sam2",
        sam2_weights=False,
        prompt_heads=4,
        train_backbones=True,
    )
    return RS2SAM2(config, sam2, tokenizer)
