"""RSRefSeg's entry in the model-type registry (see models/registry.py)."""

from __future__ import annotations

from ..common.backbones import prepare_sam2, siglip_parts
from ..registry import LoadContext, Resolver
from .config import RSRefSegConfig
from .model import RSRefSeg
from .predictor import RSRefSegPredictor

__all__ = ["CONFIG", "MODEL", "PREDICTOR", "PRESETS", "build_for_training", "load_predictor", "random_model"]

CONFIG, MODEL, PREDICTOR = RSRefSegConfig, RSRefSeg, RSRefSegPredictor

# Real backbones per preset (SigLIP, and the segmenter's weights for segmenter sam2 / sam); `tiny` builds
# small random encoders and a tokenizer of the training words.
PRESET_BACKBONES = {
    "base": (
        "google/siglip-so400m-patch14-384",
        {"sam2": "facebook/sam2.1-hiera-base-plus", "sam": "facebook/sam-vit-base"},
    ),
    "large": (
        "google/siglip-so400m-patch14-384",
        {"sam2": "facebook/sam2.1-hiera-large", "sam": "facebook/sam-vit-large"},
    ),
}
PRESETS = ("tiny", *PRESET_BACKBONES)


def load_predictor(context: LoadContext) -> RSRefSegPredictor:
    model = RSRefSeg.load(context.folder, context.resolve)
    model.merge_lora()
    return RSRefSegPredictor(model, context.name, context.device, context.settings.precision)


def build_for_training(settings, words: list[str], resolve: Resolver) -> RSRefSeg:
    """`tiny`: random encoders of a few layers, trained whole from scratch; `base` / `large`: SigLIP
    so400m and SAM2.1 (or, with ``settings.segmenter`` sam, SAM as the authors' RSRefSeg-b / -l) from the
    hub, LoRA-tuned as the paper does."""
    segmenter = settings.segmenter
    if settings.preset == "tiny":
        from ...random_models.encoders import random_backbones, random_sam

        siglip, sam2, tokenizer = random_backbones("tiny", words)
        config = RSRefSegConfig(
            siglip="siglip",
            segmenter=segmenter,
            text_max_length=16,  # synthetic and most referring expressions have well under 16 words
            text_attention_mask=True,
            train_backbones=True,
            lora_siglip_vision=None,
            lora_siglip_text=None,
            lora_sam2_image=None,
            lora_sam_image=None,
        )
        sam = random_sam() if segmenter == "sam" else prepare_sam2(sam2)
        return RSRefSeg(config, siglip_parts(siglip, tokenizer), sam)
    siglip_id, segmenters = PRESET_BACKBONES[settings.preset]
    config = RSRefSegConfig(
        siglip=siglip_id, segmenter=segmenter, text_pooling="end_token", **{segmenter: segmenters[segmenter]}
    )
    return RSRefSeg.from_config(config, resolve)


def random_model(preset: str) -> RSRefSeg:
    """Random weights of the preset's real shapes with the default configuration, LoRA merged."""
    from ...random_models.trainable import random_rsrefseg

    model = random_rsrefseg(preset)
    model.merge_lora()
    return model
