"""SAM2 architectures by their shape, as `transformers` Sam2Config objects.

Meta's original checkpoint files (``sam2.1_hiera_tiny.pt`` …) carry no config: their architecture is
one of the four Hiera sizes Meta publishes, told apart by the patch embedding's width and the number of
blocks (`META_SHAPES`). The random-weight models of the tests and the benchmark use the same shapes.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...foundation.dependencies import require


@dataclass(frozen=True)
class Sam2Shape:
    image_size: int
    stage_widths: tuple[int, ...]
    blocks_per_stage: tuple[int, ...]
    heads_per_stage: tuple[int, ...]
    window_per_stage: tuple[int, ...]
    global_blocks: tuple[int, ...]  # never a stage's first (pooling) block
    background_window: int
    width: int = 256  # FPN, prompt encoder and mask decoder width
    decoder_mlp_width: int = 2048
    decoder_heads: int = 8


def _hiera(width: int, heads: int, blocks, global_blocks, windows=(8, 4, 14, 7), background=7) -> Sam2Shape:
    """A published Hiera: widths and heads double at each of its four stages."""
    return Sam2Shape(
        image_size=1024,
        stage_widths=tuple(width * 2**stage for stage in range(4)),
        blocks_per_stage=tuple(blocks),
        heads_per_stage=tuple(heads * 2**stage for stage in range(4)),
        window_per_stage=tuple(windows),
        global_blocks=tuple(global_blocks),
        background_window=background,
    )


# Meta's configs (sam2/configs/sam2.1/sam2.1_hiera_{t,s,b+,l}.yaml; SAM2.0's image encoder is the same),
# keyed by (patch embedding width, number of Hiera blocks), which a checkpoint's tensors show.
META_SHAPES: dict[tuple[int, int], tuple[str, Sam2Shape]] = {
    (96, 12): ("Hiera-T", _hiera(96, 1, (1, 2, 7, 2), (5, 7, 9))),
    (96, 16): ("Hiera-S", _hiera(96, 1, (1, 2, 11, 2), (7, 10, 13))),
    (112, 24): ("Hiera-B+", _hiera(112, 2, (2, 3, 16, 3), (12, 16, 20), background=14)),
    (144, 48): ("Hiera-L", _hiera(144, 2, (2, 6, 36, 4), (23, 33, 43), windows=(8, 4, 16, 8))),
}
SAM2_HIERA_TINY = META_SHAPES[(96, 12)][1]
SAM2_HIERA_LARGE = META_SHAPES[(144, 48)][1]


def sam2_config(shape: Sam2Shape):
    """The transformers Sam2Config of a SAM2 with this shape (the library's defaults elsewhere, which
    are those of the converted hub models)."""
    transformers = require("transformers")
    sam2 = transformers.models.sam2.configuration_sam2
    size = shape.image_size
    backbone = sam2.Sam2HieraDetConfig(
        hidden_size=shape.stage_widths[0],
        num_attention_heads=shape.heads_per_stage[0],
        image_size=[size, size],
        blocks_per_stage=list(shape.blocks_per_stage),
        embed_dim_per_stage=list(shape.stage_widths),
        num_attention_heads_per_stage=list(shape.heads_per_stage),
        window_size_per_stage=list(shape.window_per_stage),
        global_attention_blocks=list(shape.global_blocks),
        window_positional_embedding_background_size=[shape.background_window] * 2,
    )
    vision = sam2.Sam2VisionConfig(
        backbone_config=backbone,
        backbone_channel_list=list(shape.stage_widths[::-1]),
        backbone_feature_sizes=[[size // stride, size // stride] for stride in (4, 8, 16)],
        fpn_hidden_size=shape.width,
    )
    return transformers.Sam2Config(
        vision_config=vision,
        prompt_encoder_config=sam2.Sam2PromptEncoderConfig(
            hidden_size=shape.width, image_size=size, patch_size=16
        ),
        mask_decoder_config=sam2.Sam2MaskDecoderConfig(
            hidden_size=shape.width,
            mlp_dim=shape.decoder_mlp_width,
            num_hidden_layers=2,
            num_attention_heads=shape.decoder_heads,
            iou_head_hidden_dim=shape.width,
        ),
    )
