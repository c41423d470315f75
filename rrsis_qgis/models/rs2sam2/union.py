"""The union encoder: BEiT-3 (torchscale's multiway transformer) encoding the image and the expression
jointly, and its XLM-R sentencepiece tokenizer."""

from __future__ import annotations

import warnings
from pathlib import Path

import torch
from torch import nn

from ...foundation.dependencies import require
from ...foundation.errors import CheckpointMismatch, ModelNotFound
from ..common.checkpoint import load_pickled_tensors

# BEiT-3 was fine-tuned by the authors with ImageNet normalisation on 224 px inputs.
UNION_MEAN, UNION_STD = (0.485, 0.456, 0.406), (0.229, 0.224, 0.225)
# The files of unilm's BEiT-3 release that training the `large` preset starts from.
BEIT3_PAGE = "https://github.com/microsoft/unilm/tree/master/beit3"
BEIT3_LARGE_WEIGHTS, BEIT3_TOKENIZER = "beit3_large_patch16_224.pth", "beit3.spm"


def build_union_encoder(config) -> nn.Module:
    """BEiT-3 with the configured sizes, as unilm's `_get_large_config` sets it up (multiway layers,
    normalised output, no output layer); random weights."""
    with warnings.catch_warnings():  # fairscale, imported by torchscale, uses the deprecated torch.jit.script
        warnings.simplefilter("ignore", FutureWarning)
        torchscale_config = require("torchscale.architecture.config")
        beit3 = require("torchscale.model.BEiT3")
    args = torchscale_config.EncoderConfig(
        img_size=config.union_image_size,
        patch_size=config.union_patch_size,
        vocab_size=config.vocab_size,
        multiway=True,
        layernorm_embedding=False,
        normalize_output=True,
        no_output_layer=True,
        drop_path_rate=0.0,
        encoder_embed_dim=config.union_width,
        encoder_attention_heads=config.union_heads,
        encoder_ffn_embed_dim=config.union_mlp_width,
        encoder_layers=config.union_layers,
    )
    return beit3.BEiT3(args)


def load_union_weights(encoder: nn.Module, path: Path) -> None:
    """BEiT-3 pretrained weights from unilm's release (a .pth holding {"model": {"beit3.…": tensor}})."""
    if not Path(path).is_file():
        raise ModelNotFound(
            f"BEiT-3 weights not found at {path}. Download {BEIT3_LARGE_WEIGHTS} and {BEIT3_TOKENIZER} "
            f"from {BEIT3_PAGE} into one folder and give it to `train --beit3`."
        )
    state = load_pickled_tensors(path)
    state = state.get("model", state)
    weights = {key.removeprefix("beit3."): value for key, value in state.items() if key.startswith("beit3.")}
    result = encoder.load_state_dict(weights, strict=False)
    if result.missing_keys:
        raise CheckpointMismatch(
            f"{path} does not fit the configured BEiT-3: {len(result.missing_keys)} weights missing, "
            f"e.g. {result.missing_keys[:3]}"
        )


def load_union_tokenizer(path: Path):
    """XLM-R tokenizer over BEiT-3's sentencepiece model (a file), or a saved tokenizer (a folder)."""
    transformers = require("transformers")
    path = Path(path)
    if path.is_file():
        return transformers.XLMRobertaTokenizer(vocab_file=str(path))
    if (path / "sentencepiece.bpe.model").is_file():  # a saved XLM-R tokenizer (the authors' release)
        return transformers.XLMRobertaTokenizer.from_pretrained(path)
    if path.is_dir():
        return transformers.AutoTokenizer.from_pretrained(path)
    raise ModelNotFound(f"Tokenizer not found at {path}: put {BEIT3_TOKENIZER} (from {BEIT3_PAGE}) there.")


def encode_jointly(
    encoder: nn.Module, vision_tokens: torch.Tensor, input_ids: torch.Tensor, text_padding: torch.Tensor
) -> torch.Tensor:
    """Run BEiT-3 on cached vision embeddings (B x 1+N x C, class token first) and token ids;
    returns B x (1+N+T) x C: class token, visual tokens, text tokens."""
    text = encoder.text_embed(input_ids)
    padding = torch.cat(
        [torch.zeros(vision_tokens.shape[:2], dtype=torch.bool, device=text.device), text_padding], dim=1
    )
    output = encoder.encoder(
        src_tokens=None,
        encoder_padding_mask=padding,
        token_embeddings=torch.cat([vision_tokens, text], dim=1),
        multiway_split_position=vision_tokens.shape[1],
    )
    return output["encoder_out"]
