"""Bidirectional hierarchical fusion: adapters inside SAM2's Hiera blocks that exchange information
with the union encoder's text embeddings at every stage.

In each adapted block (the authors' `MultiScaleBlock` with `Space_Adapter` and `MLP_Adapter`):
- the attention output goes through a bottleneck in which the visual tokens attend to the text
  (text-aware visual features) and the text attends to the visual tokens (vision-aware text features);
  the updated text, mixed with the incoming text, is what the next block sees;
- a bottleneck MLP adapter runs beside the block's MLP, scaled.
The Hiera blocks themselves are `transformers`' Sam2MultiScaleBlock modules, run step by step here so
the adapter can sit between the attention and the residual sum, where the authors put it.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


class BottleneckAdapter(nn.Module):
    """Linear-GELU-Linear bottleneck without a skip connection (the authors' MLP_Adapter)."""

    def __init__(self, width: int, ratio: float) -> None:
        super().__init__()
        hidden = max(1, int(width * ratio))
        self.down = nn.Linear(width, hidden)
        self.up = nn.Linear(hidden, width)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.up(F.gelu(self.down(x)))


class FusionAdapter(nn.Module):
    """The bottleneck in which vision and text attend to each other (the authors' Adapter_cross)."""

    def __init__(
        self,
        width: int,
        text_width: int,
        ratio: float,
        heads: int,
        text_mix: float,
        text_to_vision: bool,
        vision_to_text: bool,
    ) -> None:
        super().__init__()
        hidden = max(heads, int(width * ratio) // heads * heads)  # attention needs a multiple of heads
        self.down = nn.Linear(width, hidden)
        self.up = nn.Linear(hidden, width)
        self.text_in = nn.Linear(text_width, hidden)
        self.text_mix = text_mix
        self.text_to_vision = (
            nn.MultiheadAttention(hidden, heads, batch_first=True) if text_to_vision else None
        )
        self.vision_to_text = (
            nn.MultiheadAttention(hidden, heads, batch_first=True) if vision_to_text else None
        )
        self.text_out = nn.Linear(hidden, text_width) if vision_to_text else None

    def forward(
        self, x: torch.Tensor, text: torch.Tensor, text_padding: torch.Tensor | None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """x: B x H x W x C (the block's attention output); text: B x T x D; text_padding: B x T, True
        for padding. Returns x plus the adapter's output, and the text for the next block."""
        batch, height, width, _ = x.shape
        visual = F.gelu(self.down(x)).reshape(batch, height * width, -1)
        words = self.text_in(text).to(visual.dtype)
        if self.text_to_vision is not None:
            attended = self.text_to_vision(
                visual, words, words, key_padding_mask=text_padding, need_weights=False
            )
            visual = visual + attended[0]
        if self.vision_to_text is not None:
            words = words + self.vision_to_text(words, visual, visual, need_weights=False)[0]
            text = (1 - self.text_mix) * text + self.text_mix * self.text_out(words).to(text.dtype)
        return x + self.up(visual.reshape(batch, height, width, -1)), text


class BlockAdapters(nn.Module):
    def __init__(self, width: int, text_width: int, config) -> None:
        super().__init__()
        self.fusion = FusionAdapter(
            width,
            text_width,
            config.adapter_ratio,
            config.adapter_heads,
            config.text_mix,
            config.text_to_vision,
            config.vision_to_text,
        )
        self.mlp = BottleneckAdapter(width, config.adapter_ratio)
        self.mlp_scale = config.mlp_adapter_scale


def build_block_adapters(hiera: nn.Module, text_width: int, config) -> nn.ModuleDict:
    """Adapters for every block of the configured stages, keyed by block index."""
    stage_of_block = []
    for stage, blocks in enumerate(hiera.config.blocks_per_stage):
        stage_of_block.extend([stage] * blocks)
    return nn.ModuleDict(
        {
            str(index): BlockAdapters(block.dim_out, text_width, config)
            for index, block in enumerate(hiera.blocks)
            if stage_of_block[index] in config.fusion_stages
        }
    )


def run_adapted_block(
    block: nn.Module,
    adapters: BlockAdapters,
    x: torch.Tensor,
    text: torch.Tensor,
    text_padding: torch.Tensor | None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """One Sam2MultiScaleBlock with its adapters (same steps as the block's own forward otherwise)."""
    from transformers.models.sam2.modeling_sam2 import do_pool, window_partition, window_unpartition

    residual = x
    x = block.layer_norm1(x)
    if block.dim != block.dim_out:
        residual = do_pool(block.proj(x), block.query_stride)
    window = block.window_size
    if window > 0:
        height, width = x.shape[1], x.shape[2]
        x, padded = window_partition(x, window)
    x = block.attn(hidden_states=x)
    if block.query_stride:
        window = block.window_size // block.query_stride[0]
        height, width = residual.shape[1:3]
        padded = (height + (-height) % window, width + (-width) % window)
    if block.window_size > 0:
        x = window_unpartition(x, window, padded, (height, width))
    x, text = adapters.fusion(x, text, text_padding)
    x = residual + x
    normed = block.layer_norm2(x)
    return x + block.mlp(normed) + adapters.mlp_scale * adapters.mlp(normed), text


def run_hiera_with_text(
    hiera: nn.Module,
    adapters: nn.ModuleDict,
    embedded: torch.Tensor,
    text: torch.Tensor,
    text_padding: torch.Tensor | None,
) -> list[torch.Tensor]:
    """Hiera's blocks over patch embeddings (B x H x W x C, position embedding added) with the text
    flowing through the adapters; returns each stage's output (B x H_s x W_s x C_s), fine to coarse."""
    x, stage_outputs = embedded, []
    stage_ends = set(hiera.stage_ends)
    for index, block in enumerate(hiera.blocks):
        key = str(index)
        if key in adapters:
            x, text = run_adapted_block(block, adapters[key], x, text, text_padding)
        else:
            x = block(x)
        if index in stage_ends:
            stage_outputs.append(x)
    return stage_outputs
