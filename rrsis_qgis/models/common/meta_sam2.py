"""Meta's original SAM2 / SAM2.1 checkpoint files as a `transformers` Sam2Model.

Meta publishes ``sam2.1_hiera_{tiny,small,base_plus,large}.pt`` (and ``sam2_hiera_*.pt``): a pickle of
``{"model": state_dict}`` of its ``SAM2Base``, without a config. The architecture is found from the
tensors (`sam2_config.META_SHAPES`); every tensor name is translated by the explicit rules below, and a
file that leaves any of our tensors unfilled, or brings one the rules do not place, is refused with
their names. The file is read with ``weights_only=True``. Tensors of the video memory path (memory
attention and encoder, object pointers) are not used for single images and are set aside by name.
"""

from __future__ import annotations

import re
from pathlib import Path

import torch
from torch import nn

from ...foundation.dependencies import require
from ...foundation.errors import CheckpointMismatch
from .checkpoint import check_tensor_names, load_pickled_tensors
from .sam2_config import META_SHAPES, sam2_config

META_SUFFIXES = (".pt", ".pth")

# Meta's names that only SAM2's video memory uses.
VIDEO_ONLY = re.compile(
    r"^(memory_attention|memory_encoder|mask_downsample|obj_ptr_proj|obj_ptr_tpos_proj)\."
    r"|^(maskmem_tpos_enc|no_mem_pos_enc|no_obj_ptr|no_obj_embed_spatial)$"
)
_HEADS = r"(iou_prediction_head|pred_obj_score_head|output_hypernetworks_mlps\.\d+)"
# Meta's name -> ours, every rule tried in order on every name.
RENAMES: list[tuple[str, str]] = [
    (r"^no_mem_embed$", "no_memory_embedding"),
    (r"^image_encoder\.trunk\.", "vision_encoder.backbone."),
    (r"^image_encoder\.neck\.convs\.(\d+)\.conv\.", r"vision_encoder.neck.convs.\1."),
    (r"\.patch_embed\.proj\.", ".patch_embed.projection."),
    (r"^sam_prompt_encoder\.", "prompt_encoder."),
    (r"\.pe_layer\.positional_encoding_gaussian_matrix$", ".shared_embedding.positional_embedding"),
    (r"\.mask_downscaling\.0\.", ".mask_embed.conv1."),
    (r"\.mask_downscaling\.1\.", ".mask_embed.layer_norm1."),
    (r"\.mask_downscaling\.3\.", ".mask_embed.conv2."),
    (r"\.mask_downscaling\.4\.", ".mask_embed.layer_norm2."),
    (r"\.mask_downscaling\.6\.", ".mask_embed.conv3."),
    (r"^sam_mask_decoder\.", "mask_decoder."),
    (r"\.output_upscaling\.0\.", ".upscale_conv1."),
    (r"\.output_upscaling\.1\.", ".upscale_layer_norm."),
    (r"\.output_upscaling\.3\.", ".upscale_conv2."),
    # Three-layer heads: the first and last layers are named proj_in / proj_out, the middle one layers.0.
    (rf"\.{_HEADS}\.layers\.0\.", r".\1.proj_in."),
    (rf"\.{_HEADS}\.layers\.1\.", r".\1.layers.0."),
    (rf"\.{_HEADS}\.layers\.2\.", r".\1.proj_out."),
    # Two-layer MLPs of the Hiera blocks and of the decoder's two-way transformer.
    (r"\.mlp\.layers\.0\.", ".mlp.proj_in."),
    (r"\.mlp\.layers\.1\.", ".mlp.proj_out."),
    (r"\.out_proj\.", ".o_proj."),
    (r"\.norm(\d)\.", r".layer_norm\1."),
    (r"\.norm_final_attn\.", ".layer_norm_final_attn."),
]
POINT_EMBEDDINGS = re.compile(r"^sam_prompt_encoder\.point_embeddings\.(\d+)\.weight$")


def meta_checkpoint_file(path: Path) -> Path | None:
    """The Meta checkpoint file ``path`` is or holds: the file itself, or the only .pt / .pth file of a
    folder without a config.json (a hub snapshot as Meta's `build_sam2_hf` leaves it, which downloads
    just that file); None for anything else."""
    path = Path(path)
    if path.is_file():
        return path if path.suffix in META_SUFFIXES else None
    if not path.is_dir() or (path / "config.json").exists():
        return None
    files = [file for file in path.iterdir() if file.suffix in META_SUFFIXES]
    return files[0] if len(files) == 1 else None


def translate_meta_names(state: dict[str, torch.Tensor]) -> tuple[dict[str, torch.Tensor], list[str]]:
    """Meta's image-path tensors under our names, and the names of the video-only ones set aside."""
    ours: dict[str, torch.Tensor] = {}
    video_only: list[str] = []
    points: dict[int, torch.Tensor] = {}
    for name, tensor in state.items():
        if VIDEO_ONLY.search(name):
            video_only.append(name)
            continue
        match = POINT_EMBEDDINGS.match(name)
        if match:  # four 1 x D embeddings (positive, negative, box corners) -> one 4 x D table
            points[int(match.group(1))] = tensor
            continue
        for pattern, replacement in RENAMES:
            name = re.sub(pattern, replacement, name)
        ours[name] = tensor
    if points:
        ours["prompt_encoder.point_embed.weight"] = torch.cat([points[index] for index in sorted(points)])
    # SAM2 encodes image positions with the prompt encoder's random Fourier matrix; ours holds a copy.
    shared = ours.get("prompt_encoder.shared_embedding.positional_embedding")
    if shared is not None:
        ours["shared_image_embedding.positional_embedding"] = shared
    return ours, video_only


def meta_architecture(state: dict[str, torch.Tensor], source: str):
    """(name, Sam2Shape) of the published Hiera size whose tensors these are."""
    patch = state.get("image_encoder.trunk.patch_embed.proj.weight")
    blocks = {
        int(m.group(1)) for m in map(re.compile(r"^image_encoder\.trunk\.blocks\.(\d+)\.").match, state) if m
    }
    key = (None if patch is None else int(patch.shape[0]), len(blocks))
    if key not in META_SHAPES:
        sizes = ", ".join(name for name, _ in META_SHAPES.values())
        raise CheckpointMismatch(
            f"{source} is not one of Meta's published SAM2 image encoders ({sizes}): its Hiera has width "
            f"{key[0]} and {key[1]} blocks"
        )
    return META_SHAPES[key]


def load_meta_sam2(path: Path) -> nn.Module:
    """A Sam2Model holding the weights of Meta's checkpoint file ``path``."""
    transformers = require("transformers")
    path = Path(path)
    checkpoint = load_pickled_tensors(path)
    state = checkpoint.get("model") if isinstance(checkpoint, dict) else None
    if not isinstance(state, dict):
        raise CheckpointMismatch(
            f"{path.name} is not a SAM2 checkpoint as Meta publishes it (a dictionary whose 'model' holds "
            "the tensors)"
        )
    _, shape = meta_architecture(state, path.name)
    model = transformers.Sam2Model(sam2_config(shape))
    ours, _ = translate_meta_names(state)
    expected = model.state_dict()
    wrong_shape = sorted(
        f"{name}: file {tuple(ours[name].shape)} vs model {tuple(tensor.shape)}"
        for name, tensor in expected.items()
        if name in ours and ours[name].shape != tensor.shape
    )
    check_tensor_names(
        path.name, sorted(set(expected) - set(ours)), sorted(set(ours) - set(expected)), wrong_shape
    )
    model.load_state_dict(ours)
    return model.eval()
