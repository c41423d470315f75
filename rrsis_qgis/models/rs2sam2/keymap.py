"""The authors' released RS2-SAM2 checkpoint -> this implementation's state dict.

Their model (rongfu-dsb/RS2-SAM2) is `ReferFormer.evf_model` (EvfSamModel): `mm_extractor.beit3` (BEiT-3),
`visual_model` (the original SAM2 video predictor, with adapters in `image_encoder.trunk.blocks.N`),
`text_hidden_fcs`, `text_feat_linear`, `vmtoken`, `mask_linear`, `mask_product`. Each rule below is one
explicit rename of the authors' own modules; SAM2's tensors are renamed by `models/common/meta_sam2.py`,
the map for Meta's SAM2 files, since ours is `transformers`' Sam2Model. SAM2's video-tracking parts
(memory encoder, memory attention, object pointers) and the boundary-loss weight head are not used for
single images and are reported, not loaded.
"""

from __future__ import annotations

import re
from collections import Counter

import torch

from ...foundation.errors import CheckpointMismatch
from ..common.meta_sam2 import translate_meta_names

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
    (r"^visual_model\.sam_mask_decoder\.vlfusion_module\.multihead_attn\.", "decoder_text_gate.attention."),
]
# Everything else under `visual_model.` is the original SAM2, renamed by the same map as Meta's files.
SAM2_PREFIX = "visual_model."


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
    sam2: dict[str, torch.Tensor] = {}
    for key, tensor in authors.items():
        renamed = _rename(key)
        if renamed is not None:
            translated[renamed] = tensor
        elif key.startswith(SAM2_PREFIX):
            sam2[key.removeprefix(SAM2_PREFIX)] = tensor
        else:
            unused.append(key)
    sam2_translated, video_only = translate_meta_names(sam2)
    unused += [SAM2_PREFIX + key for key in video_only]
    for key, tensor in sam2_translated.items():
        if "sam2." + key in ours:
            translated["sam2." + key] = tensor
        else:
            unused.append(SAM2_PREFIX + key)

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
