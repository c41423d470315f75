"""The image cache belongs to the predictor and is named by where the view's pixels come from: whatever
ran between two runs (a tiled run on the same model, another expression's anchors, a raster rewritten in
place), a run answers from its own view's pixels, and a click on a cached view reads and resolves
nothing. Through the real Segmenter, and through a real model process for the tiled run."""

from __future__ import annotations

import sys
import time
from dataclasses import replace

import pytest
from rasterio.crs import CRS

from rrsis_qgis.client.environment import Runtime
from rrsis_qgis.client.process import ModelProcess
from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.model_process import segmenter as segmenter_module
from rrsis_qgis.model_process.model_manager import ModelManager
from rrsis_qgis.model_process.segmenter import Segmenter
from rrsis_qgis.protocol import messages as m
from tests import referring_scene
from tests.referring_scene import TANKS

PIXEL = 0.5
ORIGIN = (450000.0, 4440000.0)


def on_map(column: float, row: float) -> tuple[float, float]:
    return ORIGIN[0] + PIXEL * column, ORIGIN[1] - PIXEL * row


@pytest.fixture
def scene(tmp_path):
    return referring_scene.write_tank_scene(tmp_path / "tanks.tif")


def polygons(result) -> list[str]:
    return sorted(feature.wkt for feature in result.features)


def test_a_view_after_a_tiled_run_on_the_same_model_answers_from_its_own_pixels(
    scene, painted_model, monkeypatch
):
    """The panel's view, then Processing's tiles (128 px, so the last tile is not the view), then the
    view again, in one model process: the third answer is the first."""
    monkeypatch.setenv("RRSIS_QGIS_MODEL_SETUP", "tests.batch_models:register")
    process = ModelProcess(Runtime(sys.executable))
    try:
        view = m.SegmentRequest(str(scene), "all white storage tanks", str(painted_model))
        first = process.request(view)
        assert len(first.features) == 4  # tanks a, b, d and the white strip (c is gray)
        job = m.TileJob(str(painted_model), ("all white storage tanks",), RunSettings())
        tiles = m.TilesRequest(job, str(scene), tile=128, overlap=0)
        assert process.request(tiles).tiles == 4
        again = process.request(view)
        assert polygons(again) == polygons(first)
    finally:
        process.close()


def test_a_raster_rewritten_in_place_is_read_and_encoded_again(scene, painted_model):
    segmenter = Segmenter()
    request = m.SegmentRequest(str(scene), "all storage tanks", str(painted_model))
    assert len(segmenter.run(request).features) == 5  # the four tanks and the white strip
    image = referring_scene.tank_scene()
    referring_scene.paint(image, referring_scene.disc(*TANKS["a"]), referring_scene.GROUND)  # tank a gone
    time.sleep(0.05)  # a later write, as an analyst's would be: the file's time moves on
    referring_scene.write_tank_scene(scene, image)
    assert len(segmenter.run(request).features) == 4


def test_other_anchors_or_another_expression_on_the_same_view_reuse_its_encoding(
    scene, painted_model, painted_encodings
):
    segmenter, given = Segmenter(), painted_encodings
    road = "LINESTRING (450000 4439950, 450120 4439950)"  # along row 100, the painted road
    anchors = (m.AnchorLayer("road", "Roads", CRS.from_epsg(32613).to_wkt(), (road,)),)
    request = m.SegmentRequest(str(scene), "the white tanks north of the road", str(painted_model))
    for changed in ({}, {"anchor_layers": anchors}, {"expression": "all storage tanks"}):
        segmenter.run(replace(request, **changed))
    assert len(given) == 1  # the view, once


def test_a_click_on_a_cached_view_reads_no_raster_and_resolves_no_model(scene, painted_model, monkeypatch):
    reads, resolved = [], []
    read_window = segmenter_module.read_window
    monkeypatch.setattr(
        segmenter_module, "read_window", lambda *a, **k: reads.append(1) or read_window(*a, **k)
    )
    resolve = ModelManager.resolve
    monkeypatch.setattr(
        ModelManager, "resolve", lambda self, source: resolved.append(source) or resolve(self, source)
    )
    segmenter = Segmenter()
    first = m.SegmentRequest(
        str(scene), "", str(painted_model), clicks=m.Clicks((on_map(*TANKS["a"]),)), preview=True
    )
    assert segmenter.run(first).mask.any()
    assert (len(reads), len(resolved)) == (1, 1)
    for tank in ("b", "c", "d"):  # each later click: the decoder alone
        answer = segmenter.run(replace(first, clicks=m.Clicks((on_map(*TANKS[tank]),))))
        column, row = TANKS[tank]
        assert answer.mask[row, column] == 1
    assert (len(reads), len(resolved)) == (1, 1)


def test_a_new_load_of_the_model_encodes_the_view_again(scene, painted_model, painted_encodings):
    """The cache is the predictor's: a model unloaded and loaded again holds no image, whatever id()."""
    segmenter, given = Segmenter(), painted_encodings
    request = m.SegmentRequest(str(scene), "all storage tanks", str(painted_model))
    segmenter.run(request)
    segmenter.run(request)
    segmenter.unload()
    segmenter.run(request)
    assert len(given) == 2 and given[0] == given[1] is not None
