"""SAM2 (transformers' Sam2Model) used piecewise: encode a square input once, then decode any prompts.

RSRefSeg feeds the decoder its own prompts; PSLG-SAM feeds boxes, points and the previous mask; every
model takes an analyst's clicks through `prompt_sam`. RSRefSeg
can also run on the original SAM (transformers' SamModel, ViT image encoder, one feature level): the
`*_sam_*` functions below take either.
"""

from __future__ import annotations

import torch
from torch import nn

from .backbones import SAM2_MEAN, SAM2_STD
from .square_input import SquareInput


def encode_sam2_image(sam2: nn.Module, square: torch.Tensor) -> list[torch.Tensor]:
    """square: B x 3 x S x S in [0, 1] -> SAM2's FPN levels, fine to coarse, each B x C x H_l x W_l
    (the coarsest with the no-memory embedding added, as SAM2 does for a single image)."""
    mean = square.new_tensor(SAM2_MEAN).view(1, 3, 1, 1)
    std = square.new_tensor(SAM2_STD).view(1, 3, 1, 1)
    stages = sam2.vision_encoder.backbone((square - mean) / std).intermediate_hidden_states
    return sam2_fpn_levels(sam2, stages)


def sam2_fpn_levels(sam2: nn.Module, stages) -> list[torch.Tensor]:
    """Hiera's stage outputs (B x H_s x W_s x C_s, fine to coarse) -> the mask decoder's inputs: the FPN
    neck's finest levels with the decoder's projections of the two high-resolution ones applied, and
    the no-memory embedding added to the coarsest (as Sam2Model.get_image_features and SAM2 do)."""
    vision = sam2.vision_encoder
    levels = list(vision.neck(tuple(stages))[0][-vision.num_feature_levels :][::-1])
    levels[0] = sam2.mask_decoder.conv_s0(levels[0])
    levels[1] = sam2.mask_decoder.conv_s1(levels[1])
    levels[-1] = levels[-1] + sam2.no_memory_embedding.reshape(1, -1, 1, 1)
    return levels


def sam2_positional_encoding(sam2: nn.Module, height: int, width: int) -> torch.Tensor:
    """SAM2's random-Fourier positional encoding of an height x width grid: 1 x D x height x width."""
    embedding = sam2.shared_image_embedding
    reference = embedding.positional_embedding
    grid = torch.ones((height, width), device=reference.device, dtype=reference.dtype)
    y = (grid.cumsum(dim=0) - 0.5) / height
    x = (grid.cumsum(dim=1) - 0.5) / width
    return embedding(torch.stack([x, y], dim=-1)).permute(2, 0, 1).unsqueeze(0)


def decode_sam2(
    sam2: nn.Module, levels: list[torch.Tensor], sparse: torch.Tensor, dense: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    """One mask per prompt set: sparse B x 1 x N x D, dense B x D x h x w ->
    (low-resolution mask logits B x 1 x 4h x 4w over the square, predicted IoU B)."""
    image_embedding = levels[-1]
    batch = sparse.shape[0]
    if image_embedding.shape[0] != batch:
        levels = [level.expand(batch, -1, -1, -1) for level in levels]
        image_embedding = levels[-1]
    positional = sam2_positional_encoding(sam2, *image_embedding.shape[-2:]).expand(batch, -1, -1, -1)
    masks, iou, _, _ = sam2.mask_decoder(
        image_embeddings=image_embedding,
        image_positional_embeddings=positional,
        sparse_prompt_embeddings=sparse,
        dense_prompt_embeddings=dense,
        multimask_output=False,
        high_resolution_features=levels[:-1],
    )
    return masks[:, 0], iou[:, 0, 0]


def prompt_sam(
    model: nn.Module,
    levels: list[torch.Tensor],
    geometry: SquareInput,
    box: tuple[float, float, float, float] | None,
    points=None,
    labels=None,
    previous: torch.Tensor | None = None,
    extra_sparse: torch.Tensor | None = None,
    dense: torch.Tensor | None = None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """SAM2 (or SAM) on an encoded image, prompted in image pixels: a box (x0, y0, x1, y1) and/or points
    (N x 2, x, y) with labels (1 object, 0 background), optional previous low-resolution logits ->
    (low-resolution mask logits 1 x 1 x h x w over the square, predicted IoU 1). A model with prompts of
    its own adds them: ``extra_sparse`` (1 x 1 x K x D tokens before the clicks') and ``dense`` (its dense
    prompt, in place of the previous mask's)."""
    device = levels[-1].device
    scale_x, scale_y = geometry.scale_xy
    input_boxes = input_points = input_labels = None
    if box is not None:
        input_boxes = torch.tensor([[box]], dtype=torch.float32, device=device)
        input_boxes = input_boxes * input_boxes.new_tensor([scale_x, scale_y, scale_x, scale_y])
    if points is not None and len(points):
        input_points = torch.tensor(points, dtype=torch.float32, device=device)[None, None]
        input_points = input_points * input_points.new_tensor([scale_x, scale_y])
        input_labels = torch.tensor(labels, dtype=torch.long, device=device)[None, None]
    sparse, prompted = model.prompt_encoder(
        input_points=input_points, input_labels=input_labels, input_boxes=input_boxes, input_masks=previous
    )
    if extra_sparse is not None:
        sparse = torch.cat([extra_sparse.to(sparse.dtype), sparse], dim=2)
    return decode_sam(model, levels, sparse, prompted if dense is None else dense)


def is_sam_v1(model: nn.Module) -> bool:
    """The original SAM (SamModel), as opposed to SAM2."""
    return model.config.model_type == "sam"


def encode_sam_image(model: nn.Module, square: torch.Tensor) -> list[torch.Tensor]:
    """`encode_sam2_image` for SAM2 or SAM: the decoder's feature levels, fine to coarse (SAM: one, its
    image embedding). Both were pretrained with the same ImageNet normalisation."""
    if not is_sam_v1(model):
        return encode_sam2_image(model, square)
    mean = square.new_tensor(SAM2_MEAN).view(1, 3, 1, 1)
    std = square.new_tensor(SAM2_STD).view(1, 3, 1, 1)
    return [model.vision_encoder((square - mean) / std).last_hidden_state]


def decode_sam(
    model: nn.Module, levels: list[torch.Tensor], sparse: torch.Tensor, dense: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    """`decode_sam2` for SAM2 or SAM: one mask per prompt set (low-resolution logits B x 1 x 4h x 4w,
    predicted IoU B)."""
    if not is_sam_v1(model):
        return decode_sam2(model, levels, sparse, dense)
    embedding = levels[-1]
    batch = sparse.shape[0]
    if embedding.shape[0] != batch:
        embedding = embedding.expand(batch, -1, -1, -1)
    positional = sam2_positional_encoding(model, *embedding.shape[-2:]).expand(batch, -1, -1, -1)
    masks, iou = model.mask_decoder(
        image_embeddings=embedding,
        image_positional_embeddings=positional,
        sparse_prompt_embeddings=sparse,
        dense_prompt_embeddings=dense,
        multimask_output=False,
    )[:2]
    return masks[:, 0], iou[:, 0, 0]


def sam_mask_input_size(model: nn.Module) -> tuple[int, int]:
    """The size of the mask prompt the prompt encoder takes: four times its image embedding's."""
    height, width = model.prompt_encoder.image_embedding_size
    return 4 * height, 4 * width
