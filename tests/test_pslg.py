"""PSLG-SAM: grounding contracts on a tiny random Grounding DINO + SAM2 loaded through the model manager,
and the train-free refinement on arrays whose right answer is known."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import huggingface_hub.constants
import numpy as np
import pytest
import torch

from rrsis_qgis.foundation.errors import ModelNotFound
from rrsis_qgis.foundation.plugin_files import models_folder
from rrsis_qgis.model_process.model_manager import ModelManager
from rrsis_qgis.models.common.square_input import SquareInput
from rrsis_qgis.models.pslg.config import PSLGConfig
from rrsis_qgis.models.pslg.grounding import Detection, Grounder, non_maximum_suppression, tiles
from rrsis_qgis.models.pslg.predictor import EncodedView, PSLGPredictor
from rrsis_qgis.models.pslg.refine import allowed_region, foreground_clusters, iou, kmeans, refine
from rrsis_qgis.random_models.zero_shot import save_random_pslg
from tests.conftest import REPO_ROOT

SIDE = 128
CENTRE, RADIUS = (70, 60), 20  # x, y of the disc's centre, in pixels


@pytest.fixture(scope="module")
def predictor(tiny_pslg):
    return ModelManager().load(str(tiny_pslg))


def _disc_scene():
    rng = np.random.default_rng(0)
    ys, xs = np.mgrid[:SIDE, :SIDE]
    disc = (ys - CENTRE[1]) ** 2 + (xs - CENTRE[0]) ** 2 <= RADIUS**2
    image = rng.normal(40, 8, (SIDE, SIDE, 3))
    image[disc] = rng.normal(210, 8, (disc.sum(), 3))
    return np.clip(image, 0, 255).astype(np.uint8), disc


def _colour_segmenter(image, reach=None):
    """A stand-in for SAM2 whose behaviour is known: a box alone gives the whole box; with points, the
    pixels of the box closer in colour to a positive point than to any negative one (within ``reach``
    pixels of a positive point, when given)."""
    colours = image.astype(np.float64)
    ys, xs = np.mgrid[: image.shape[0], : image.shape[1]]
    calls = []

    def segment(box, points, labels, previous):
        calls.append(None if points is None else len(points))
        x0, y0, x1, y1 = (round(v) for v in box)
        inside = np.zeros(image.shape[:2], dtype=bool)
        inside[y0:y1, x0:x1] = True
        if points is None:
            return inside.astype(np.float32), None
        positive = [p for p, label in zip(points, labels) if label == 1]
        negative = [p for p, label in zip(points, labels) if label == 0]

        def nearest_colour(chosen):
            if not chosen:
                return np.full(image.shape[:2], 3 * 60.0**2)
            return np.min([((colours - colours[int(y), int(x)]) ** 2).sum(-1) for x, y in chosen], axis=0)

        mask = inside & (nearest_colour(positive) < nearest_colour(negative))
        if reach is not None:
            near = np.min([(xs - x) ** 2 + (ys - y) ** 2 for x, y in positive], axis=0) <= reach**2
            mask &= near
        return mask.astype(np.float32), None

    return segment, calls


def test_tiles_cover_a_large_canvas_and_nms_merges_boxes_found_twice():
    windows = tiles(2500, 3000, tile=1024, overlap=0.25)
    covered = np.zeros((2500, 3000), dtype=bool)
    for top, left, bottom, right in windows:
        assert bottom - top <= 1024 and right - left <= 1024
        covered[top:bottom, left:right] = True
    assert covered.all() and len(windows) > 4
    assert tiles(1500, 2000, tile=1024, overlap=0.25) == [(0, 0, 1500, 2000)]  # detector input scale
    twice = [
        Detection((10, 10, 50, 50), 0.9),
        Detection((12, 11, 51, 50), 0.8),
        Detection((200, 10, 240, 50), 0.7),
    ]
    assert [d.score for d in non_maximum_suppression(twice, 0.5)] == [0.9, 0.7]


def test_kmeans_separates_two_blobs():
    rng = np.random.default_rng(1)
    points = np.vstack([rng.normal(0, 0.1, (50, 2)), rng.normal(5, 0.1, (70, 2))])
    labels = kmeans(points, 2)
    assert len(set(labels[:50])) == 1 and len(set(labels[50:])) == 1 and labels[0] != labels[50]


def test_clustering_finds_the_disc_inside_a_loose_box():
    image, disc = _disc_scene()
    box = (CENTRE[0] - 28, CENTRE[1] - 28, CENTRE[0] + 28, CENTRE[1] + 28)
    loose_mask = allowed_region(disc.shape, box, 0.0)  # a box-only mask that covers the whole box
    clusters = foreground_clusters(image, box, loose_mask, PSLGConfig())
    assert iou(clusters.foreground, disc) > 0.9
    positives = clusters.points[clusters.labels == 1]
    negatives = clusters.points[clusters.labels == 0]
    assert len(positives) >= 1 and all(disc[int(y), int(x)] for x, y in positives)
    assert len(negatives) >= 1 and not any(disc[int(y), int(x)] for x, y in negatives)


def test_refinement_beats_the_box_only_mask_on_a_bright_disc(capsys):
    image, disc = _disc_scene()
    box = (CENTRE[0] - 28, CENTRE[1] - 28, CENTRE[0] + 28, CENTRE[1] + 28)
    segment, _ = _colour_segmenter(image)
    result = refine(image, box, segment, PSLGConfig())
    box_only, refined = iou(result.steps[0], disc), iou(result.mask, disc)
    with capsys.disabled():
        print(f"\nbright disc, loose box: box-only IoU {box_only:.3f} -> refined IoU {refined:.3f}")
    assert refined > box_only + 0.3 and refined > 0.95


def test_boundary_rounds_recover_what_the_clustered_points_missed(capsys):
    image, disc = _disc_scene()
    box = (CENTRE[0] - 28, CENTRE[1] - 28, CENTRE[0] + 28, CENTRE[1] + 28)
    segment, calls = _colour_segmenter(image, reach=12)  # each positive point only reaches 12 px
    config = PSLGConfig()
    result = refine(image, box, segment, config)
    after_points, final = iou(result.steps[1], disc), iou(result.mask, disc)
    with capsys.disabled():
        print(
            f"\nshort-reach segmenter: clustered points IoU {after_points:.3f} -> boundary rounds {final:.3f}"
        )
    assert final > after_points + 0.1
    assert len(result.steps) == len(calls) <= config.iterations + 2  # box, points, then at most 3 rounds
    assert calls[0] is None and calls[1] < calls[-1]  # every round added corrective points


def test_refinement_stops_once_nothing_changes():
    image, disc = _disc_scene()
    box = (CENTRE[0] - 28, CENTRE[1] - 28, CENTRE[0] + 28, CENTRE[1] + 28)
    calls = []

    def stubborn(box, points, labels, previous):
        calls.append(points)
        return np.where(allowed_region(disc.shape, box, 0.0), 1.0, 0.0).astype(np.float32), None

    result = refine(image, box, stubborn, PSLGConfig(iterations=10))
    assert len(calls) == 3  # box, clustered points, one round that changed nothing
    assert all(np.array_equal(step, result.steps[0]) for step in result.steps)


def test_masks_stay_inside_their_grounded_boxes_and_plurals_give_several(predictor):
    image = (np.random.default_rng(2).random((200, 240, 3)) * 255).astype(np.uint8)
    predictor.set_image(image)
    single = predictor.predict("the ship")
    assert len(predictor.last_refinements) == 1 and len(single.instances) <= 1
    several = predictor.predict("all ships")
    boxes = [d.box for d in predictor.grounder.detect(image, "all ships")]
    assert len(several.instances) >= 2 and several.boxes == boxes[: len(several.boxes)]
    for instance, box in zip(several.instances, several.boxes):
        assert not (instance & ~allowed_region(instance.shape, box, predictor.config.box_margin)).any()
    assert several.mask.shape == image.shape[:2] and several.probability.dtype == np.float32
    assert all(len(r.steps) <= predictor.config.iterations + 2 for r in predictor.last_refinements)


def test_expressions_and_boxes_reuse_one_image_encoding(predictor):
    calls = []
    hook = predictor.sam2.vision_encoder.backbone.register_forward_hook(lambda *_: calls.append(1))
    try:
        predictor.set_image((np.random.default_rng(3).random((96, 128, 3)) * 255).astype(np.uint8))
        predictor.predict("all ships")
        predictor.predict("the pond")
    finally:
        hook.remove()
    assert len(calls) == 1


def test_large_canvases_are_grounded_on_tiles(predictor):
    config = replace(predictor.config, detector_tile=512)
    grounder = Grounder(predictor.grounder.model, predictor.grounder.processor, config, predictor.device)
    runs = []
    hook = grounder.model.register_forward_hook(lambda *_: runs.append(1))
    try:
        detections = grounder.detect(
            (np.random.default_rng(4).random((1100, 1300, 3)) * 255).astype(np.uint8), "all ships"
        )
    finally:
        hook.remove()
    boxes = np.array([d.box for d in detections])
    assert len(runs) == len(tiles(1100, 1300, 512, config.tile_overlap)) > 1
    assert (boxes[:, 2] <= 1300).all() and (boxes[:, 3] <= 1100).all()
    assert (boxes[:, 0] > 512).any() and (boxes[:, 1] > 512).any()  # boxes from later tiles, in image pixels


def test_the_detector_input_size_is_a_setting_and_boxes_stay_in_image_pixels(predictor):
    image = (np.random.default_rng(6).random((200, 240, 3)) * 255).astype(np.uint8)
    sides = []
    hook = predictor.grounder.model.register_forward_pre_hook(
        lambda _, args, kwargs: sides.append(tuple(kwargs["pixel_values"].shape[-2:])), with_kwargs=True
    )
    try:
        found = {}
        for size in (None, 128):
            config = replace(predictor.config, detector_size=size)
            grounder = Grounder(
                predictor.grounder.model, predictor.grounder.processor, config, predictor.device
            )
            found[size] = grounder.detect(image, "all ships")
    finally:
        hook.remove()
    # The processor's own size (256 for the tiny one) by default; 128 a side when asked, same aspect.
    assert sides == [(213, 256), (107, 128)]
    for detections in found.values():
        boxes = np.array([d.box for d in detections])
        assert len(boxes) and (boxes[:, 2] <= 240).all() and (boxes[:, 3] <= 200).all()


def test_the_small_zero_shot_model_grounds_at_a_size_grounding_dino_was_trained_at():
    shipped = json.loads((REPO_ROOT / "resources/models/pslg-sam2-tiny/config.json").read_text())
    assert 480 <= PSLGConfig.from_dict(shipped).detector_size < 800  # its training scales: 480-800


def test_the_detector_runs_at_the_precision_of_the_run(tiny_pslg):
    from rrsis_qgis.foundation.run_settings import RunSettings

    image = (np.random.default_rng(7).random((90, 120, 3)) * 255).astype(np.uint8)
    dtypes = {}
    for precision in ("float32", "bfloat16"):
        predictor = ModelManager().load(str(tiny_pslg), RunSettings(device="cpu", precision=precision))
        layer = predictor.grounder.model.model.encoder.layers[0].deformable_layer.fc1

        def record(_module, _inputs, output, precision=precision):
            dtypes[precision] = output.dtype

        hook = layer.register_forward_hook(record)
        predictor.set_image(image)
        prediction = predictor.predict("all ships")
        hook.remove()
        assert prediction.mask.shape == image.shape[:2]
    assert dtypes == {"float32": torch.float32, "bfloat16": torch.bfloat16}


def test_offline_without_the_weights_names_both_models_and_where_to_put_them(tmp_path, monkeypatch):
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(ModelNotFound) as raised:
        ModelManager(cache_dir=tmp_path).load("pslg-sam2")
    message = str(raised.value)
    assert "IDEA-Research/grounding-dino-base and facebook/sam2.1-hiera-large" in message
    assert "\n" not in message
    # Where plugin upgrades leave the weights alone, not the plugin's own folder.
    assert "--local-dir " + str(models_folder() / "facebook/sam2.1-hiera-large") in message
    assert str(REPO_ROOT) not in message


def test_detector_and_sam2_found_inside_the_model_folder_need_no_download(tiny_pslg, tmp_path, monkeypatch):
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    config = json.loads((tiny_pslg / "config.json").read_text())
    folder = tmp_path / "pslg"
    shutil.copytree(tiny_pslg / "detector", folder / "IDEA-Research" / "grounding-dino-base")
    shutil.copytree(tiny_pslg / "sam2", folder / "facebook" / "sam2.1-hiera-large")
    config.update(detector="IDEA-Research/grounding-dino-base", sam2="facebook/sam2.1-hiera-large")
    (folder / "config.json").write_text(json.dumps(config))
    assert ModelManager(cache_dir=tmp_path / "empty-cache").load(str(folder)).name == str(folder)


def test_owlv2_is_the_alternative_detector(tmp_path):
    torch.manual_seed(0)
    predictor = ModelManager().load(str(save_random_pslg(tmp_path, detector_kind="owlv2", box_threshold=0.3)))
    predictor.set_image((np.random.default_rng(5).random((90, 120, 3)) * 255).astype(np.uint8))
    single, several = predictor.predict("the ship"), predictor.predict("all ships")
    assert len(single.boxes) == 1 and len(several.boxes) > 1
    for x0, y0, x1, y1 in several.boxes:  # on the image, not on OWLv2's padded square
        assert 0 <= x0 < x1 <= 120 and 0 <= y0 < y1 <= 90


def test_the_small_zero_shot_model_names_the_tiny_published_weights(tmp_path, monkeypatch):
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(
        ModelNotFound, match=r"IDEA-Research/grounding-dino-tiny and facebook/sam2\.1-hiera-tiny"
    ):
        ModelManager(cache_dir=tmp_path).load("pslg-sam2-tiny")


@pytest.mark.parametrize(
    ("device", "gpu_kind", "expected"),
    [
        ("auto", "cpu", "pslg-sam2-tiny"),
        ("cpu", "cuda", "pslg-sam2-tiny"),
        ("auto", "cuda", "pslg-sam2"),
        ("cuda", "cpu", "pslg-sam2"),
        ("auto", "mps", "pslg-sam2"),
    ],
)
def test_without_a_choice_the_cpu_gets_the_small_zero_shot_model(device, gpu_kind, expected):
    from rrsis_qgis.foundation.model_catalog import default_model

    assert default_model(device, gpu_kind) == expected


class _OneBox:
    """A grounder that finds exactly the given box."""

    def __init__(self, box):
        self.box = box

    def detect(self, image, text):
        return [Detection(self.box, 0.9)]


class _ResolutionOfSam2(PSLGPredictor):
    """SAM2's resolution and nothing else: it sees an image stretched to its 1024 px square input and
    answers with a mask at a quarter of that (256 px): the bright part of the box."""

    encoded = 0

    def _encode(self, image):
        type(self).encoded += 1
        geometry = SquareInput(*image.shape[:2], self.sam2_side, fit="resize")
        return EncodedView([geometry.to_square(image)], geometry)

    def _prompt(self, view, box, points, labels, previous):
        brightness = torch.nn.functional.avg_pool2d(view.levels[0].mean(1, keepdim=True), 4)
        scale_x, scale_y = view.geometry.scale_xy
        x0, y0 = int(box[0] * scale_x / 4), int(box[1] * scale_y / 4)
        x1, y1 = int(np.ceil(box[2] * scale_x / 4)), int(np.ceil(box[3] * scale_y / 4))
        inside = torch.zeros_like(brightness, dtype=torch.bool)
        inside[..., y0:y1, x0:x1] = True
        return torch.where((brightness > 0.5) & inside, 10.0, -10.0)


def test_a_small_object_in_a_large_view_keeps_its_shape():
    """A 24 px disc in a 4096² view is 1.5 px of SAM2's 256 px answer for the whole view; segmented on a
    native-resolution crop around its box, it comes out whole."""
    import transformers

    from rrsis_qgis.models.common.sam2_config import SAM2_HIERA_TINY, sam2_config

    side, radius, (cx, cy) = 4096, 12, (1500.5, 2300.5)
    ys, xs = np.ogrid[:side, :side]
    disc = (ys - cy) ** 2 + (xs - cx) ** 2 <= radius**2
    image = np.full((side, side, 3), 25, dtype=np.uint8)
    image[disc] = 230
    box = (cx - radius - 2, cy - radius - 2, cx + radius + 2, cy + radius + 2)
    sam2 = transformers.Sam2Model(sam2_config(SAM2_HIERA_TINY))  # only its input size is used

    def segmented(config):
        predictor = _ResolutionOfSam2(_OneBox(box), sam2, config, "detail", "cpu")
        predictor.set_image(image)
        return iou(predictor.predict("the white tank").mask, disc)

    _ResolutionOfSam2.encoded = 0
    assert segmented(PSLGConfig()) >= 0.8
    assert _ResolutionOfSam2.encoded == 1  # the crop only: the whole view was never needed
    assert segmented(PSLGConfig(detail_box=0)) < 0.5  # the whole view at SAM2's resolution loses it

    predictor = _ResolutionOfSam2(_OneBox(box), sam2, PSLGConfig(), "detail", "cpu")
    predictor.set_image(image)
    _ResolutionOfSam2.encoded = 0
    predictor.predict("the white tank")
    predictor.predict("the round tank")
    assert _ResolutionOfSam2.encoded == 1  # a second expression reuses the crop's encoding
