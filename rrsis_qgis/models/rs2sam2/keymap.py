"""The authors' released RS2-SAM2 checkpoint -> this implementation's state dict.

Their model (rongfu-dsb/RS2-SAM2) is `ReferFormer.evf_model` (EvfSamModel): `mm_extractor.beit3` (BEiT-3),
`visual_model` (the original SAM2 video predictor, with adapters in `image_encoder.trunk.blocks.N`),
`text_hidden_fcs`, `text_feat_linear`, `vmtoken`, `mask_linear`, `mask_product`. Ours uses
`transformers`' Sam2Model, whose names differ from the original SAM2's; each rule below is one explicit
rename. SAM2's video-tracking parts (memory encoder, memory attention, object pointers) and the
boundary-loss weight head are not used for single images and are reported, not loaded.
"""

from __future__ import annotations

import re
from collections import Counter

import torch

from ...foundation.errors import CheckpointMismatch

# Prefixes the training wrappers (DDP / DeepSpeed, ReferFormer) put before EvfSamModel's names.
WRAPPER_PREFIXES = ("module.", "evf_model.")
AUTHORS_MARKERS = ("mm_extractor.beit3.", "visual_model.image_encoder.trunk.")

# (authors' pattern, our replacement), tried in order; the first match wins.
RENAMES: list[tuple[str, str]] = [
    # union encoder and the heads around it
    (r"^mm_extractor\.beit3\.", "union_encoder."),
    (r"^text_hidden_fcs\.0\.", "sparse_proj."),
    (r"^text_feat_linear\.", "text_proj."),
    (r"^vmtoken\.multihead_attn\.", "prompt_generator.token_gate."),
    (r"^mask_linear\.", "prompt_generator.token_proj."),
    (r"^mask_product\.", "prompt_generator.pixel_logit."),
    # fusion adapters inside the Hiera blocks
    (
        r"^visual_model\.image_encoder\.trunk\.blocks\.(\d+)\.MLP_Adapter\.D_fc1\.",
        r"block_adapters.\1.mlp.down.",
    ),
    (
        r"^visual_model\.image_encoder\.trunk\.blocks\.(\d+)\.MLP_Adapter\.D_fc2\.",
        r"block_adapters.\1.mlp.up.",
    ),
    (
        r"^visual_model\.image_encoder\.trunk\.blocks\.(\d+)\.Space_Adapter\.D_fc1\.",
        r"block_adapters.\1.fusion.down.",
    ),
    (
        r"^visual_model\.image_encoder\.trunk\.blocks\.(\d+)\.Space_Adapter\.D_fc2\.",
        r"block_adapters.\1.fusion.up.",
    ),
    (
        r"^visual_model\.image_encoder\.trunk\.blocks\.(\d+)\.Space_Adapter\.text_in_linear\.",
        r"block_adapters.\1.fusion.text_in.",
    ),
    (
        r"^visual_model\.image_encoder\.trunk\.blocks\.(\d+)\.Space_Adapter\.text_out_linear\.",
        r"block_adapters.\1.fusion.text_out.",
    ),
    (
        r"^visual_model\.image_encoder\.trunk\.blocks\.(\d+)\.Space_Adapter\.vlfusion_module\.multihead_attn\.",
        r"block_adapters.\1.fusion.text_to_vision.",
    ),
    (
        r"^visual_model\.image_encoder\.trunk\.blocks\.(\d+)\.Space_Adapter\.lvfusion_module\.multihead_attn\.",
        r"block_adapters.\1.fusion.vision_to_text.",
    ),
    # SAM2 Hiera trunk and FPN neck
    (
        r"^visual_model\.image_encoder\.trunk\.patch_embed\.proj\.",
        "sam2.vision_encoder.backbone.patch_embed.projection.",
    ),
    (
        r"^visual_model\.image_encoder\.trunk\.blocks\.(\d+)\.norm(\d)\.",
        r"sam2.vision_encoder.backbone.blocks.\1.layer_norm\2.",
    ),
    (
        r"^visual_model\.image_encoder\.trunk\.blocks\.(\d+)\.mlp\.layers\.0\.",
        r"sam2.vision_encoder.backbone.blocks.\1.mlp.proj_in.",
    ),
    (
        r"^visual_model\.image_encoder\.trunk\.blocks\.(\d+)\.mlp\.layers\.1\.",
        r"sam2.vision_encoder.backbone.blocks.\1.mlp.proj_out.",
    ),
    (r"^visual_model\.image_encoder\.trunk\.", "sam2.vision_encoder.backbone."),
    (r"^visual_model\.image_encoder\.neck\.convs\.(\d+)\.conv\.", r"sam2.vision_encoder.neck.convs.\1."),
    # SAM2 prompt encoder (point_embeddings.N are stacked separately, see below)
    (r"^visual_model\.sam_prompt_encoder\.mask_downscaling\.0\.", "sam2.prompt_encoder.mask_embed.conv1."),
    (
        r"^visual_model\.sam_prompt_encoder\.mask_downscaling\.1\.",
        "sam2.prompt_encoder.mask_embed.layer_norm1.",
    ),
    (r"^visual_model\.sam_prompt_encoder\.mask_downscaling\.3\.", "sam2.prompt_encoder.mask_embed.conv2."),
    (
        r"^visual_model\.sam_prompt_encoder\.mask_downscaling\.4\.",
        "sam2.prompt_encoder.mask_embed.layer_norm2.",
    ),
    (r"^visual_model\.sam_prompt_encoder\.mask_downscaling\.6\.", "sam2.prompt_encoder.mask_embed.conv3."),
    (r"^visual_model\.sam_prompt_encoder\.(not_a_point_embed|no_mask_embed)\.", r"sam2.prompt_encoder.\1."),
    # SAM2 mask decoder, with the authors' text gate
    (r"^visual_model\.sam_mask_decoder\.vlfusion_module\.multihead_attn\.", "decoder_text_gate.attention."),
    (r"^visual_model\.sam_mask_decoder\.output_upscaling\.0\.", "sam2.mask_decoder.upscale_conv1."),
    (r"^visual_model\.sam_mask_decoder\.output_upscaling\.1\.", "sam2.mask_decoder.upscale_layer_norm."),
    (r"^visual_model\.sam_mask_decoder\.output_upscaling\.3\.", "sam2.mask_decoder.upscale_conv2."),
    (
        r"^visual_model\.sam_mask_decoder\.transformer\.norm_final_attn\.",
        "sam2.mask_decoder.transformer.layer_norm_final_attn.",
    ),
    (
        r"^visual_model\.sam_mask_decoder\.transformer\.layers\.(\d+)\.norm(\d)\.",
        r"sam2.mask_decoder.transformer.layers.\1.layer_norm\2.",
    ),
    (
        r"^visual_model\.sam_mask_decoder\.transformer\.layers\.(\d+)\.mlp\.layers\.0\.",
        r"sam2.mask_decoder.transformer.layers.\1.mlp.proj_in.",
    ),
    (
        r"^visual_model\.sam_mask_decoder\.transformer\.layers\.(\d+)\.mlp\.layers\.1\.",
        r"sam2.mask_decoder.transformer.layers.\1.mlp.proj_out.",
    ),
    (r"^visual_model\.sam_mask_decoder\.(.*)\.out_proj\.", r"sam2.mask_decoder.\1.o_proj."),
    (r"^visual_model\.sam_mask_decoder\.", "sam2.mask_decoder."),
    (r"^visual_model\.no_mem_embed$", "sam2.no_memory_embedding"),
]
# Multi-layer heads: the original MLP's layers.0 .. layers.{n-1} are transformers' proj_in, layers.0 ..
# layers.{n-3}, proj_out.
MLP_HEADS = re.compile(
    r"^sam2\.mask_decoder\.(output_hypernetworks_mlps\.\d+|iou_prediction_head|pred_obj_score_head)\.layers\.(\d+)\.(.*)$"
)
POSITIONAL = "visual_model.sam_prompt_encoder.pe_layer.positional_encoding_gaussian_matrix"
POINT_EMBEDDING = re.compile(r"^visual_model\.sam_prompt_encoder\.point_embeddings\.(\d+)\.weight$")


def _strip_wrappers(state: dict) -> dict[str, torch.Tensor]:
    for container in ("module", "model", "state_dict"):
        if isinstance(state.get(container), dict):
            state = state[container]
    stripped = {}
    for key, value in state.items():
        if not isinstance(value, torch.Tensor):
            continue
        for prefix in WRAPPER_PREFIXES:
            key = key.removeprefix(prefix)
        stripped[key] = value
    return stripped


def is_authors_state_dict(state: dict) -> bool:
    return any(key.startswith(AUTHORS_MARKERS) for key in _strip_wrappers(state))


def _rename(key: str) -> str | None:
    for pattern, replacement in RENAMES:
        renamed, count = re.subn(pattern, replacement, key)
        if count:
            return renamed
    return None


def translate_authors_state_dict(
    state: dict, ours: dict[str, torch.Tensor]
) -> tuple[dict[str, torch.Tensor], str]:
    """Our state dict from the authors' one, and a report of what was not used. ``ours`` (the model's
    state dict) gives the names and shapes every translated tensor must match; any of ours left without
    a tensor, or a shape that differs, is an error."""
    authors = _strip_wrappers(state)
    translated: dict[str, torch.Tensor] = {}
    unused: list[str] = []
    points: dict[int, torch.Tensor] = {}
    for key, tensor in authors.items():
        if key == POSITIONAL:
            translated["sam2.shared_image_embedding.positional_embedding"] = tensor
            translated["sam2.prompt_encoder.shared_embedding.positional_embedding"] = tensor
            continue
        point = POINT_EMBEDDING.match(key)
        if point:
            points[int(point.group(1))] = tensor
            continue
        renamed = _rename(key)
        if renamed is None or (renamed not in ours and not MLP_HEADS.match(renamed)):
            unused.append(key)
            continue
        translated[renamed] = tensor
    if points:
        translated["sam2.prompt_encoder.point_embed.weight"] = torch.cat([points[i] for i in sorted(points)])
    translated = _rename_mlp_heads(translated)

    missing = sorted(set(ours) - set(translated))
    if missing and not any(key.startswith("block_adapters.") for key in translated):
        raise CheckpointMismatch(
            "This checkpoint has no fusion adapters in SAM2's image encoder, so it is not RS2-SAM2 (EVF-SAM "
            "checkpoints are saved the same way); RS2-SAM2's release has Space_Adapter and MLP_Adapter "
            "weights in every Hiera block."
        )
    wrong = [
        f"{name}: checkpoint {tuple(tensor.shape)} vs model {tuple(ours[name].shape)}"
        for name, tensor in translated.items()
        if name in ours and tensor.shape != ours[name].shape
    ]
    if missing or wrong:
        raise CheckpointMismatch(
            "The RS2-SAM2 checkpoint does not fit the configured model"
            + (f"; {len(missing)} weights missing, e.g. {missing[:3]}" if missing else "")
            + (f"; wrong shapes, e.g. {wrong[:3]}" if wrong else "")
            + ". Check the sizes in config.json (BEiT-3 large, SAM2 Hiera-L)."
        )
    groups = Counter(".".join(key.split(".")[:2]) for key in unused)
    report = f"{len(translated)} weights loaded from the authors' checkpoint; {len(unused)} not used"
    if groups:
        report += " (" + ", ".join(f"{group}: {count}" for group, count in sorted(groups.items())) + ")"
    return translated, report


def _rename_mlp_heads(translated: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    depth: Counter = Counter()
    for key in translated:
        match = MLP_HEADS.match(key)
        if match and match.group(3) == "weight":
            depth[match.group(1)] += 1
    renamed = {}
    for key, tensor in translated.items():
        match = MLP_HEADS.match(key)
        if not match:
            renamed[key] = tensor
            continue
        head, index, rest = match.group(1), int(match.group(2)), match.group(3)
        layers = depth[head]
        part = "proj_in" if index == 0 else "proj_out" if index == layers - 1 else f"layers.{index - 1}"
        renamed[f"sam2.mask_decoder.{head}.{part}.{rest}"] = tensor
    return renamed
