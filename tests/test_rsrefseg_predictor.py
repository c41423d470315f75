"""The Predictor contract on RSRefSeg: exact output size, embedding and text caches, batching."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from rrsis_qgis.model_process.model_manager import ModelManager
from rrsis_qgis.models.common.backbones import SAM2_MEAN, SAM2_STD
from rrsis_qgis.models.rsrefseg.predictor import RSRefSegPredictor
from tests.devices import DEVICES


@pytest.fixture
def predictor(tiny_checkpoint):
    return ModelManager().load(str(tiny_checkpoint))


def _count_calls(module) -> list[int]:
    calls = [0]
    module.register_forward_hook(lambda *_: calls.__setitem__(0, calls[0] + 1))
    return calls


@pytest.mark.parametrize("shape", [(90, 160), (300, 41), (1024, 1024), (7, 5)])
def test_mask_has_the_exact_input_size(predictor, shape):
    image = np.random.default_rng(0).integers(0, 256, size=(*shape, 3), dtype=np.uint8)
    predictor.set_image(image)
    prediction = predictor.predict("the white tank")
    assert prediction.mask.shape == shape and prediction.mask.dtype == bool
    assert prediction.probability.shape == shape and prediction.probability.dtype == np.float32
    assert 0.0 <= prediction.probability.min() <= prediction.probability.max() <= 1.0
    assert np.array_equal(prediction.mask, prediction.probability > 0.5)


def test_second_predict_reuses_image_and_text_embeddings(predictor):
    model = predictor.model
    sam2_image, siglip_image, siglip_text = (
        _count_calls(model.sam.vision_encoder.backbone),
        _count_calls(model.siglip_vision),
        _count_calls(model.siglip_text),
    )
    predictor.set_image(np.zeros((64, 64, 3), dtype=np.uint8))
    first = predictor.predict("the red building")
    second = predictor.predict("the red building")
    predictor.predict("all vehicles")
    assert (sam2_image[0], siglip_image[0]) == (1, 1)
    assert siglip_text[0] == 2  # one encode per distinct expression
    np.testing.assert_array_equal(first.probability, second.probability)


def test_batch_matches_single_predictions(predictor):
    predictor.set_image(np.random.default_rng(3).integers(0, 256, size=(50, 70, 3), dtype=np.uint8))
    texts = ["the ship", "the tree above the road", "the ship"]
    batch = predictor.predict_batch(texts)
    singles = [predictor.predict(text) for text in texts]
    for batched, single in zip(batch, singles):
        np.testing.assert_allclose(batched.probability, single.probability, atol=1e-5)


def test_threshold_and_score(predictor):
    predictor.set_image(np.full((32, 32, 3), 128, dtype=np.uint8))
    everything = predictor.predict("the pond", threshold=0.0)
    nothing = predictor.predict("the pond", threshold=1.0)
    assert everything.mask.all() and not nothing.mask.any()
    assert everything.score == pytest.approx(float(everything.probability.mean()), rel=1e-5)
    assert nothing.score == 0.0


def test_predict_before_set_image_and_bad_images_are_explained(predictor):
    with pytest.raises(RuntimeError, match="set_image"):
        predictor.predict("the ship")
    with pytest.raises(ValueError, match="H x W x 3"):
        predictor.set_image(np.zeros((10, 10), dtype=np.uint8))
    with pytest.raises(ValueError, match="uint8"):
        predictor.set_image(np.zeros((10, 10, 3), dtype=np.uint16))


@pytest.mark.parametrize("device", DEVICES)
def test_the_optimised_expression_path_gives_the_plain_outputs(tiny_checkpoint, device):
    """Compiled text encoder, AttnPrompter and decoder with expressions padded to fixed lengths answer as
    the plain path does (CUDA graphs on a GPU, fused kernels on the CPU)."""
    from dataclasses import replace

    from rrsis_qgis.models.rsrefseg.model import RSRefSeg

    def predictor(optimise: bool) -> RSRefSegPredictor:
        model = RSRefSeg.load(tiny_checkpoint, Path)
        model.merge_lora()
        model.config = replace(model.config, text_pooling="end_token")  # expressions of their own lengths
        with torch.no_grad():  # logits of a trained model's size (random weights give |x| ~ 1e-4)
            for mlp in model.sam.mask_decoder.output_hypernetworks_mlps:
                mlp.proj_out.weight.mul_(1e4)
                mlp.proj_out.bias.mul_(1e4)
        return RSRefSegPredictor(model, "tiny", device, "float32", optimise=optimise)

    image = np.random.default_rng(4).integers(0, 256, size=(120, 90, 3), dtype=np.uint8)
    texts = ["the ship", "all the large white tanks near the road"]
    answers = {}
    for optimise in (False, True):
        chosen = predictor(optimise)
        chosen.set_image(image)
        answers[optimise] = chosen.predict_batch(texts)
    for plain, fast in zip(answers[False], answers[True]):
        np.testing.assert_allclose(fast.probability, plain.probability, atol=1e-3)  # fused kernels' rounding
        assert (fast.mask & plain.mask).sum() >= 0.99 * (fast.mask | plain.mask).sum()


def test_clicks_give_what_transformers_sam2_model_gives_for_the_same_prompts(predictor):
    """RSRefSeg's segmenter takes clicks on its cached encoding: the low-resolution logits are those of
    transformers' own Sam2Model.forward on the same square input with the same points and box."""
    image = np.random.default_rng(4).integers(0, 256, size=(120, 90, 3), dtype=np.uint8)
    predictor.set_image(image)
    points, labels, box = np.array([[30.0, 40.0], [70.0, 100.0]]), np.array([1, 0]), (10.0, 20.0, 60.0, 90.0)
    with torch.no_grad():
        ours = predictor._click_logits(points, labels, box)
        square, _ = predictor.inputs.tensors(image, "cpu")
        mean, std = torch.tensor(SAM2_MEAN).view(1, 3, 1, 1), torch.tensor(SAM2_STD).view(1, 3, 1, 1)
        scale_x, scale_y = predictor._geometry.scale_xy
        theirs = predictor.model.sam(
            pixel_values=(square - mean) / std,
            input_points=torch.tensor(points * [scale_x, scale_y], dtype=torch.float32)[None, None],
            input_labels=torch.tensor(labels)[None, None],
            input_boxes=torch.tensor([[box]], dtype=torch.float32) * torch.tensor([scale_x, scale_y] * 2),
            multimask_output=False,
        ).pred_masks
    torch.testing.assert_close(ours, theirs[:, 0], atol=1e-4, rtol=1e-4)
    prediction = predictor.click(points, labels, box)
    assert prediction.mask.shape == image.shape[:2]
    other = predictor.click(np.array([[80.0, 10.0]]), np.array([1]))
    assert not np.array_equal(prediction.probability, other.probability)  # the clicks decide
