"""One table says what a model reads (foundation.model_types) and one function answers expressions
(model_process/answer.py): a view of the panel and a tile of Processing or batch read an expression the
same way, and a type's declared abilities are checked against its predictor when it loads."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from shapely import wkt
from shapely.geometry import Point

from rrsis_qgis.foundation import model_types
from rrsis_qgis.foundation.errors import CheckpointMismatch
from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.model_process.model_manager import ModelManager
from rrsis_qgis.model_process.tiled_run import tiled_features
from rrsis_qgis.models.registry import register_model_type
from rrsis_qgis.protocol import messages as m
from tests import referring_scene
from tests.referring_scene import TANKS

PIXEL, ORIGIN = 0.5, (450000.0, 4440000.0)


@pytest.fixture
def scene(tmp_path):
    return str(referring_scene.write_tank_scene(tmp_path / "tanks.tif"))


def tiled(scene, model, expression):
    job = m.TileJob(str(model), (expression,), RunSettings())
    items = list(tiled_features(m.TilesRequest(job, scene, tile=128, overlap=32), ModelManager()))
    return [item for item in items if isinstance(item, m.ResultFeature)], items[-1]


def tanks_in(features) -> list[str]:
    shapes = [wkt.loads(feature.wkt) for feature in features]
    centres = {name: Point(ORIGIN[0] + PIXEL * x, ORIGIN[1] - PIXEL * y) for name, (x, y) in TANKS.items()}
    return sorted(name for name, centre in centres.items() if any(s.contains(centre) for s in shapes))


def test_tiles_of_a_model_that_reads_the_program_run_its_program(scene, painted_model):
    """'all white storage tanks' on tiles: the detector finds every tank, the program keeps the white
    ones (the gray tank c is not white), as the panel's run on a view does."""
    features, done = tiled(scene, painted_model, "all white storage tanks")
    assert tanks_in(features) == ["a", "b", "d"]
    # How it was read, and nothing about tiles: nothing in it compares a tank with the rest of a tile.
    assert done.notes == ["understood as: target: storage tank; count: all; attributes: white"]


def test_a_type_declared_to_find_objects_without_a_find_method_is_refused_when_it_loads(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(model_types, "MODEL_TYPES", dict(model_types.MODEL_TYPES))
    register_model_type("says-it-finds", lambda context: SimpleNamespace(name="x"), reads="program")
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "says-it-finds"}))
    with pytest.raises(CheckpointMismatch, match="declared to find, but its predictor has no find"):
        ModelManager().load(str(tmp_path))


def test_what_a_model_reads_is_told_by_the_one_table_in_both_processes(painted_model):
    assert not model_types.runs_the_program("synthetic-demo")  # RSRefSeg reads the whole sentence
    assert model_types.runs_the_program("pslg-sam2-tiny")
    assert model_types.model_type_of("rs2sam2-rrsisd").name == "rs2sam2"
    with pytest.raises(ValueError, match="choose one of"):
        model_types.ModelType("vague", "reads something", "images", False)
