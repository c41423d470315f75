"""sam3-text: SAM3's concept segmentation behind the Predictor, on a tiny random SAM3 loaded through the
model manager."""

from __future__ import annotations

import sys
from dataclasses import replace

import huggingface_hub.constants
import numpy as np
import pytest
import torch

from rrsis_qgis.cli import main
from rrsis_qgis.foundation.errors import DependencyMissing, ModelNotFound
from rrsis_qgis.model_process.model_manager import ModelManager
from rrsis_qgis.models.common.square_input import SquareInput
from rrsis_qgis.models.sam3_text.predictor import Sam3TextConfig, Sam3TextPredictor

IMAGE = (np.random.default_rng(0).random((90, 120, 3)) * 255).astype(np.uint8)


@pytest.fixture(scope="module")
def predictor(tiny_sam3_text):
    predictor = ModelManager().load(str(tiny_sam3_text))
    predictor.set_image(IMAGE)
    return predictor


def test_singular_keeps_the_best_instance_plural_keeps_all_above_the_threshold(predictor):
    single = predictor.predict("the ship", threshold=0.3)
    several = predictor.predict("all ships", threshold=0.3)
    assert len(single.instances) == 1 and len(several.instances) > 1
    assert single.mask.shape == IMAGE.shape[:2] and single.probability.dtype == np.float32
    assert np.array_equal(several.mask, np.logical_or.reduce(several.instances))
    assert 0.0 < single.score <= 1.0
    assert len(several.boxes) == len(several.instances)
    assert all(0 <= x0 <= x1 <= 120 and 0 <= y0 <= y1 <= 90 for x0, y0, x1, y1 in several.boxes)


def test_nothing_above_the_score_threshold_is_an_empty_answer(predictor):
    strict = replace(predictor.config, score_threshold=0.999)
    predictor.config, original = strict, predictor.config
    try:
        answer = predictor.predict("all ships")
    finally:
        predictor.config = original
    assert not answer.mask.any() and answer.instances == [] and answer.score == 0.0


def test_expressions_reuse_one_vision_encoding(predictor):
    calls = []
    hook = predictor.model.vision_encoder.register_forward_hook(lambda *_: calls.append(1))
    try:
        predictor.set_image(IMAGE)
        predictor.predict("the pond")
        predictor.predict("all vehicles")
    finally:
        hook.remove()
    assert len(calls) == 1


def test_without_torchvision_the_error_says_what_to_install(tiny_sam3_text, monkeypatch):
    monkeypatch.setitem(sys.modules, "torchvision", None)  # as if it were not installed
    with pytest.raises(DependencyMissing, match="'torchvision' is not installed"):
        ModelManager().load(str(tiny_sam3_text))


def test_offline_without_the_weights_names_the_model(tmp_path, monkeypatch):
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(ModelNotFound, match=r"gated.*hf download facebook/sam3 --local-dir"):
        ModelManager(cache_dir=tmp_path).load("sam3-text")


def test_zero_shot_models_are_listed(capsys):
    assert main(["models"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert names[:3] == ["pslg-sam2", "pslg-sam2-tiny", "sam3-text"]


class _ResolutionOfSam3(Sam3TextPredictor):
    """SAM3's resolution and nothing else: it sees an image resized to its 1008 px square and answers with
    masks at 288 px: the bright part, and that part's box."""

    def _encode(self, image):
        return image

    def _instances(self, vision, shape, text):
        pixels = torch.from_numpy(vision).permute(2, 0, 1)[None].float().mean(1, keepdim=True) / 255
        bright = torch.nn.functional.interpolate(pixels, size=(288, 288), mode="area") > 0.5
        logits = torch.where(bright, 10.0, -10.0)
        logits = torch.nn.functional.interpolate(logits, size=shape, mode="bilinear", align_corners=False)[0]
        rows, columns = np.nonzero(bright[0, 0].numpy())
        height, width = shape
        box = [columns.min() * width / 288, rows.min() * height / 288]
        box += [(columns.max() + 1) * width / 288, (rows.max() + 1) * height / 288]
        return logits, np.array([0.9]), np.array([box])


def test_a_small_instance_in_a_large_view_keeps_its_shape():
    """A 24 px disc in a 4096² view is a blotch of SAM3's 288 px answer for the whole view; found again on
    a native-resolution crop around its box, it comes out whole."""
    from types import SimpleNamespace

    side, radius, (cx, cy) = 4096, 12, (2900.5, 700.5)
    ys, xs = np.ogrid[:side, :side]
    disc = (ys - cy) ** 2 + (xs - cx) ** 2 <= radius**2
    image = np.full((side, side, 3), 25, dtype=np.uint8)
    image[disc] = 230
    processor = SimpleNamespace(image_processor=SimpleNamespace(size={"height": 1008, "width": 1008}))

    def segmented(config):
        predictor = _ResolutionOfSam3(torch.nn.Identity(), processor, config, "detail", "cpu")
        predictor.set_image(image)
        mask = predictor.predict("the white tank").mask
        return (mask & disc).sum() / (mask | disc).sum()

    assert segmented(Sam3TextConfig()) >= 0.8
    assert segmented(Sam3TextConfig(detail_box=0)) < 0.7  # the whole view at SAM3's resolution blurs it


def test_a_detail_crop_is_encoded_once_for_every_expression_on_the_view():
    from types import SimpleNamespace

    class Counting(_ResolutionOfSam3):
        encoded = 0

        def _encode(self, image):
            type(self).encoded += 1
            return super()._encode(image)

    image = np.full((4096, 4096, 3), 25, dtype=np.uint8)
    image[690:712, 2890:2912] = 230  # a small object: its box gets a native-resolution crop
    processor = SimpleNamespace(image_processor=SimpleNamespace(size={"height": 1008, "width": 1008}))
    predictor = Counting(torch.nn.Identity(), processor, Sam3TextConfig(), "detail", "cpu")
    predictor.set_image(image)
    assert Counting.encoded == 1
    first = predictor.predict("the white tank")
    assert Counting.encoded == 2  # the crop around its box
    again = predictor.predict("the bright roof")
    assert Counting.encoded == 2 and (again.mask == first.mask).all()  # the crop's encoding was kept
    predictor.set_image(image)  # a new view: nothing kept from the old one
    predictor.predict("the white tank")
    assert Counting.encoded == 4


def _tracker_as_transformers_builds_it(video) -> torch.nn.Module:
    """transformers' single-image Sam3TrackerModel (its own vision encoder, prompt encoder and mask
    decoder) holding the Sam3VideoModel's weights: the detector's backbone and the video model's tracker
    neck as its vision encoder, the tracker's prompt encoder, decoder and no-memory embedding.

    Its neck keeps the three levels the decoder uses (4x, 2x, 1x; the video model's tracker drops the
    fourth, 0.5x). With all four, Sam3TrackerModel.forward adds the no-memory embedding to that dropped
    level; Meta's SAM3InteractiveImagePredictor adds it to the coarsest level the decoder uses, as
    transformers' video tracker does on a frame without memory, and as this plugin does."""
    import transformers

    tracker_config = video.config.tracker_config
    vision = {**tracker_config.vision_config.to_dict(), "scale_factors": [4.0, 2.0, 1.0]}
    config = transformers.Sam3TrackerConfig(
        vision_config=vision,
        prompt_encoder_config=tracker_config.prompt_encoder_config.to_dict(),
        mask_decoder_config=tracker_config.mask_decoder_config.to_dict(),
    )
    reference = transformers.Sam3TrackerModel(config).eval()
    theirs = video.state_dict()
    renamed = {}
    for name in reference.state_dict():
        if name.startswith("vision_encoder.backbone."):
            renamed[name] = theirs["detector_model." + name]
        elif name.startswith("vision_encoder.neck."):
            renamed[name] = theirs["tracker_neck." + name.removeprefix("vision_encoder.neck.")]
        else:
            renamed[name] = theirs["tracker_model." + name]
    reference.load_state_dict(renamed)
    return reference


@pytest.mark.parametrize(
    "prompt",
    [
        {"points": [[40.0, 30.0]], "labels": [1]},
        {"points": [[40.0, 30.0], [90.0, 70.0]], "labels": [1, 0]},
        {"box": (20.0, 10.0, 80.0, 60.0)},
    ],
    ids=["positive", "positive+negative", "box"],
)
def test_clicks_go_to_sam3s_tracker_as_transformers_runs_it(tmp_path, prompt):
    """On facebook/sam3's layout (a Sam3VideoModel), clicks reuse the detector's vision features and give
    the low-resolution logits of transformers' own Sam3TrackerModel on the same pixels and prompts."""
    from rrsis_qgis.random_models.zero_shot import save_random_sam3_text

    torch.manual_seed(0)
    folder = save_random_sam3_text(tmp_path / "sam3-text", layout="sam3_video", score_threshold=0.0)
    predictor = ModelManager().load(str(folder))
    with torch.no_grad():  # weights of a trained model's spread, so that a wrong wiring shows
        for parameter in predictor.video.tracker_model.parameters():
            parameter.add_(torch.randn_like(parameter) * 0.5)
    predictor.set_image(IMAGE)
    points = np.array(prompt.get("points", np.zeros((0, 2))), dtype=float)
    labels = np.array(prompt.get("labels", []), dtype=int)
    box = prompt.get("box")
    prediction = predictor.click(points, labels, box)
    assert prediction.mask.shape == IMAGE.shape[:2]

    reference = _tracker_as_transformers_builds_it(predictor.video)
    pixels = predictor.processor(images=IMAGE, return_tensors="pt")["pixel_values"]
    scale = torch.tensor([112 / 120, 112 / 90])
    geometry = SquareInput(90, 120, 112, fit="resize")
    with torch.no_grad():
        ours = predictor._click_logits(points, labels, box, geometry)[0]
        theirs = reference(
            pixel_values=pixels,
            input_points=torch.tensor(points, dtype=torch.float32)[None, None] * scale
            if len(points)
            else None,
            input_labels=torch.tensor(labels)[None, None] if len(points) else None,
            input_boxes=torch.tensor([[box]], dtype=torch.float32) * scale.repeat(2) if box else None,
            multimask_output=False,
        ).pred_masks[0, 0]
    assert theirs.std() > 1.0  # an answer with spread, so that agreement means something
    torch.testing.assert_close(ours, theirs, atol=1e-3, rtol=1e-4)


def test_a_sam3_folder_of_the_detector_alone_says_it_cannot_take_clicks(tmp_path):
    from rrsis_qgis.random_models.zero_shot import save_random_sam3_text

    folder = save_random_sam3_text(tmp_path / "sam3-text", layout="sam3", score_threshold=0.0)
    predictor = ModelManager().load(str(folder))
    predictor.set_image(IMAGE)
    with pytest.raises(ValueError, match="holds the detector alone"):
        predictor.click(np.array([[40.0, 30.0]]), np.array([1]))
