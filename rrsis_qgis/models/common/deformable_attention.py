"""Multi-scale deformable attention (Deformable DETR, used by Grounding DINO's encoder and decoder) as one
weighted gather, for machines without the compiled kernel.

transformers' portable version bilinearly samples every level with `grid_sample` into a
(heads, channels, queries, levels x points) tensor, stacks the levels and weights them: on a 1024² view
that is about 220 MB written and read again per encoder layer, 0.7 s of the 1.2 s each layer takes on two
CPU cores. The same sum can be written as: each query and head reads 4 corners x levels x points rows of
the value tensor, each with the weight (attention weight x bilinear weight). `embedding_bag` does exactly
that weighted gather without materialising the samples, so a layer's attention takes about 0.2 s. The
result equals `grid_sample`'s (bilinear, zero padding, align_corners=False) to float rounding."""

from __future__ import annotations

import torch
from torch import nn

# The name transformers gives its parameter-free attention core in Grounding DINO, MM Grounding DINO and
# Deformable DETR; `use_gathered_deformable_attention` replaces modules of that name.
PORTABLE_CORE = "MultiScaleDeformableAttention"


class GatheredDeformableAttention(nn.Module):
    """Drop-in for transformers' `MultiScaleDeformableAttention`: same arguments, same result."""

    def forward(
        self,
        value: torch.Tensor,  # batch, keys (all levels), heads, channels
        value_spatial_shapes: torch.Tensor,
        value_spatial_shapes_list: list[tuple[int, int]],
        level_start_index: torch.Tensor,
        sampling_locations: torch.Tensor,  # batch, queries, heads, levels, points, (x, y) in [0, 1]
        attention_weights: torch.Tensor,  # batch, queries, heads, levels, points
        im2col_step: int = 64,
    ) -> torch.Tensor:
        batch, keys, heads, channels = value.shape
        queries, levels = sampling_locations.shape[1], sampling_locations.shape[3]
        device = value.device
        # Per level: width, height and first key, shaped to broadcast over (batch, head, query, level,
        # point).
        sizes = torch.tensor(value_spatial_shapes_list, dtype=torch.int32, device=device)
        width = sizes[:, 1].view(levels, 1)
        height = sizes[:, 0].view(levels, 1)
        first_key = level_start_index.to(device, torch.int32).view(levels, 1)
        locations = sampling_locations.permute(0, 2, 1, 3, 4, 5).float()
        weights = attention_weights.permute(0, 2, 1, 3, 4).float()
        # grid_sample's pixel coordinates (align_corners=False): the pixel centre of column i is i + 0.5.
        x = locations[..., 0] * width - 0.5
        y = locations[..., 1] * height - 0.5
        left, top = x.floor(), y.floor()
        right_share, bottom_share = x - left, y - top
        # int32 keys: half the memory of int64 for the largest tensors here; embedding_bag takes either.
        left, top = left.to(torch.int32), top.to(torch.int32)

        def corners(first, share, size):
            """Both neighbours along one axis: their clamped indices and bilinear weights, zero outside."""
            index = torch.stack((first, first + 1), -1)
            weight = torch.stack((1 - share, share), -1) * ((index >= 0) & (index < size.unsqueeze(-1)))
            return index.clamp(min=0).minimum(size.unsqueeze(-1) - 1), weight

        columns, column_weights = corners(left, right_share, width)
        rows, row_weights = corners(top, bottom_share, height)
        # Key of each of the four corners, offset per batch and head into the flattened value rows.
        head_offset = torch.arange(0, batch * heads * keys, keys, dtype=torch.int32, device=device)
        head_offset = head_offset.view(batch, heads, 1, 1, 1, 1)
        row_keys = rows * width.unsqueeze(-1) + first_key.unsqueeze(-1) + head_offset
        corner_keys = (row_keys.unsqueeze(-1) + columns.unsqueeze(-2)).view(batch * heads * queries, -1)
        corner_weights = (row_weights * weights.unsqueeze(-1)).unsqueeze(-1) * column_weights.unsqueeze(-2)
        rows_of_values = value.permute(0, 2, 1, 3).reshape(batch * heads * keys, channels)
        gathered = nn.functional.embedding_bag(
            corner_keys,
            rows_of_values,
            per_sample_weights=corner_weights.reshape(batch * heads * queries, -1).to(value.dtype),
            mode="sum",
        )
        return gathered.view(batch, heads, queries, channels).transpose(1, 2).reshape(batch, queries, -1)


def use_gathered_deformable_attention(model: nn.Module) -> int:
    """Replace every transformers portable deformable-attention core in ``model`` by the gathered one;
    returns how many were replaced (none for a model without deformable attention)."""
    return _replace_cores(model, PORTABLE_CORE, GatheredDeformableAttention)


def use_portable_deformable_attention(model: nn.Module) -> int:
    """The reverse, transformers' own core back in place: the baseline the benchmark measures against."""
    from transformers.models.grounding_dino.modeling_grounding_dino import MultiScaleDeformableAttention

    return _replace_cores(model, GatheredDeformableAttention.__name__, MultiScaleDeformableAttention)


def _replace_cores(model: nn.Module, old_name: str, new_core) -> int:
    replaced = 0
    for parent in list(model.modules()):
        for name, child in list(parent.named_children()):
            # The cores hold no weights, so a new instance is all a replacement needs.
            if type(child).__name__ == old_name and not list(child.parameters()):
                setattr(parent, name, new_core())
                replaced += 1
    return replaced
