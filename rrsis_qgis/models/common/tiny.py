"""Tiny random-weight SigLIP + SAM2 backbones with a word-level tokenizer, written like hub folders.

They load through exactly the code that loads the real backbones; tests, the `tiny` training preset
and the CPU benchmark use them (no download needed).
"""

from __future__ import annotations

from pathlib import Path

from ...core.dependencies import require

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


def build_tokenizer(folder: Path) -> None:
    """A word-level tokenizer (lower-cased, EOS appended) saved as a fast tokenizer."""
    tokenizers = require("tokenizers")
    transformers = require("transformers")
    vocab = {token: index for index, token in enumerate([*SPECIAL_TOKENS, *VOCABULARY])}
    tokenizer = tokenizers.Tokenizer(tokenizers.models.WordLevel(vocab, unk_token="<unk>"))
    tokenizer.normalizer = tokenizers.normalizers.Lowercase()
    tokenizer.pre_tokenizer = tokenizers.pre_tokenizers.Whitespace()
    tokenizer.post_processor = tokenizers.processors.TemplateProcessing(
        single="$A </s>", special_tokens=[("</s>", vocab["</s>"])]
    )
    fast = transformers.PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, pad_token="<pad>", eos_token="</s>", unk_token="<unk>"
    )
    fast.save_pretrained(folder)


def build_tiny_siglip(folder: Path, image_size: int = 112, patch_size: int = 8, width: int = 32) -> Path:
    transformers = require("transformers")
    # Config objects, not dicts: dicts first build a default text config, which warns about its token ids.
    config = transformers.SiglipConfig(
        text_config=transformers.SiglipTextConfig(
            vocab_size=len(SPECIAL_TOKENS) + len(VOCABULARY),
            hidden_size=width,
            intermediate_size=2 * width,
            num_hidden_layers=2,
            num_attention_heads=2,
            max_position_embeddings=64,
            pad_token_id=0,
            bos_token_id=None,
            eos_token_id=1,
        ),
        vision_config=transformers.SiglipVisionConfig(
            image_size=image_size,
            patch_size=patch_size,
            hidden_size=width,
            intermediate_size=2 * width,
            num_hidden_layers=2,
            num_attention_heads=2,
        ),
    )
    transformers.SiglipModel(config).save_pretrained(folder)
    build_tokenizer(folder)
    return Path(folder)


def build_tiny_sam2(folder: Path, image_size: int = 256, width: int = 32) -> Path:
    transformers = require("transformers")
    sam2 = transformers.models.sam2.configuration_sam2
    stages = [8, 16, 32, 64]
    backbone = sam2.Sam2HieraDetConfig(
        hidden_size=stages[0],
        num_attention_heads=1,
        image_size=[image_size, image_size],
        blocks_per_stage=[1, 1, 2, 1],
        embed_dim_per_stage=stages,
        num_attention_heads_per_stage=[1, 1, 2, 2],
        window_size_per_stage=[4, 4, 4, 4],
        global_attention_blocks=[3],  # never a stage's first (pooling) block
        window_positional_embedding_background_size=[4, 4],
    )
    strides = (4, 8, 16)
    vision = sam2.Sam2VisionConfig(
        backbone_config=backbone,
        backbone_channel_list=stages[::-1],
        backbone_feature_sizes=[[image_size // s, image_size // s] for s in strides],
        fpn_hidden_size=width,
    )
    config = transformers.Sam2Config(
        vision_config=vision,
        prompt_encoder_config=sam2.Sam2PromptEncoderConfig(
            hidden_size=width, image_size=image_size, patch_size=16
        ),
        mask_decoder_config=sam2.Sam2MaskDecoderConfig(
            hidden_size=width,
            mlp_dim=2 * width,
            num_hidden_layers=2,
            num_attention_heads=2,
            iou_head_hidden_dim=width,
        ),
    )
    transformers.Sam2Model(config).save_pretrained(folder)
    return Path(folder)


def build_tiny_backbones(folder: Path, sam2_image_size: int = 256) -> dict[str, Path]:
    """Both backbones under ``folder``; returns {"siglip": path, "sam2": path}."""
    folder = Path(folder)
    return {
        "siglip": build_tiny_siglip(folder / "siglip"),
        "sam2": build_tiny_sam2(folder / "sam2", image_size=sam2_image_size),
    }
