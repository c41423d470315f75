"""The gathered multi-scale deformable attention gives transformers' own results: the attention core on
its own (levels of different shapes, samples outside the map), and whole Grounding DINO detectors."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from transformers.models.grounding_dino.modeling_grounding_dino import MultiScaleDeformableAttention

from rrsis_qgis.models.common.deformable_attention import (
    GatheredDeformableAttention,
    use_gathered_deformable_attention,
)
from rrsis_qgis.random_models.zero_shot import random_grounding_detector
from tests.devices import DEVICES


def _attention_inputs(levels, queries, batch=2, heads=3, channels=5, seed=0):
    generator = torch.Generator().manual_seed(seed)
    keys = sum(height * width for height, width in levels)
    shapes = torch.tensor(levels)
    starts = torch.cat([shapes.new_zeros(1), (shapes[:, 0] * shapes[:, 1]).cumsum(0)[:-1]])
    value = torch.randn(batch, keys, heads, channels, generator=generator)
    # Some samples fall outside the map, where grid_sample's zero padding applies.
    locations = torch.rand(batch, queries, heads, len(levels), 4, 2, generator=generator) * 1.4 - 0.2
    weights = torch.rand(batch, queries, heads, len(levels), 4, generator=generator)
    return value, shapes, list(levels), starts, locations, weights


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("queries", [37, 150])  # decoder-like (few queries), encoder-like (one per key)
def test_the_gathered_attention_equals_transformers_portable_one(queries, device):
    inputs = [
        item.to(device) if isinstance(item, torch.Tensor) else item
        for item in _attention_inputs([(9, 11), (5, 6), (3, 3), (1, 2)], queries)
    ]
    with torch.inference_mode():
        expected = MultiScaleDeformableAttention()(*inputs, 64)
        gathered = GatheredDeformableAttention()(*inputs, 64)
    assert gathered.shape == expected.shape == (2, queries, 3 * 5)
    assert torch.allclose(gathered, expected, atol=1e-5)
    assert expected.abs().max() > 0.5  # a real comparison, not of two near-zero tensors


@pytest.mark.parametrize("kind", ["grounding-dino", "mm-grounding-dino"])
def test_a_detector_with_the_gathered_attention_finds_the_same_boxes(kind):
    torch.manual_seed(0)
    model, processor = random_grounding_detector(kind=kind)
    model.eval()
    image = (np.random.default_rng(0).random((120, 170, 3)) * 255).astype(np.uint8)
    inputs = processor(images=image, text="all ships.", return_tensors="pt")
    with torch.inference_mode():
        before = model(**inputs)
        replaced = use_gathered_deformable_attention(model)
        after = model(**inputs)
    assert replaced == model.config.encoder_layers + model.config.decoder_layers
    assert not any(type(m).__name__ == "MultiScaleDeformableAttention" for m in model.modules())
    assert torch.allclose(after.logits, before.logits, atol=1e-4)
    assert torch.allclose(after.pred_boxes, before.pred_boxes, atol=1e-5)
