"""A second opinion (model_process/second_opinion.py): two painted models that disagree on known tanks of
the tank scene give each polygon of the first model's result its agreement with the second's (1 on the
same object, the IoU on one the second moved, 0 on one it did not find) and the second model's own
polygons as suggestions; through the model process, and written by `segment --second-opinion`."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest
import shapely
from shapely import affinity

from rrsis_qgis.client.environment import Runtime
from rrsis_qgis.client.process import ModelProcess
from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.model_process.second_opinion import agreements, second_opinion
from rrsis_qgis.model_process.segmenter import Segmenter
from rrsis_qgis.protocol import messages as m
from tests import referring_scene, second_opinion_models
from tests.conftest import REPO_ROOT
from tests.referring_scene import ORIGIN, PIXEL, TANKS
from tests.second_opinion_models import EXPRESSION, MOVE
from tests.vector_files import read_vector_file

DRIVER = """
import sys
from tests import second_opinion_models
second_opinion_models.register()
from rrsis_qgis.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def scene(tmp_path):
    """The tank scene's raster and the two models' folders."""
    second_opinion_models.register()
    first, second = second_opinion_models.model_folders(tmp_path)
    return str(referring_scene.write_tank_scene(tmp_path / "tanks.tif")), first, second


def _on_the_map(x, y):
    return ORIGIN[0] + x * PIXEL, ORIGIN[1] - y * PIXEL


def _named(wkt: str) -> str:
    """Which object of the scene a polygon is: the tank whose centre it holds, else the strip or road."""
    polygon = shapely.from_wkt(wkt)
    for name, centre in TANKS.items():
        if polygon.contains(shapely.Point(*_on_the_map(*centre))):
            return name
    return "road" if polygon.bounds[2] - polygon.bounds[0] > 100 else "strip"


def _expected_on_b(wkt: str) -> float:
    """The IoU of tank b's polygon with itself moved MOVE pixels east, as the second model sees it."""
    polygon = shapely.from_wkt(wkt)
    moved = affinity.translate(polygon, MOVE * PIXEL, 0)
    return polygon.intersection(moved).area / polygon.union(moved).area


def test_two_models_that_disagree_give_the_known_agreements_and_suggestions(scene):
    raster, first, second = scene
    segmenter = Segmenter()
    request = m.SegmentRequest(raster, EXPRESSION, first, settings=RunSettings(device="cpu"))
    result = segmenter.run(request)
    polygons = tuple(feature.wkt for feature in result.features)
    assert sorted(map(_named, polygons)) == ["a", "b", "c", "d", "strip"]

    asked = m.SecondOpinionRequest(replace(request, model=second), polygons, result.crs_wkt)
    opinion = second_opinion(segmenter, asked)

    agreement = dict(zip(map(_named, polygons), opinion.agreement, strict=True))
    on_b = _expected_on_b(polygons[[_named(wkt) for wkt in polygons].index("b")])
    assert 0.4 < on_b < 0.6  # a tank of radius 10 px moved by half its radius
    assert agreement == {"a": 1.0, "b": pytest.approx(on_b, abs=1e-4), "c": 0.0, "d": 1.0, "strip": 1.0}
    assert [_named(feature.wkt) for feature in opinion.suggestions] == ["road"]
    assert opinion.model == "moved-painted-objects" and opinion.crs_wkt == result.crs_wkt
    assert {feature.model for feature in opinion.suggestions} == {"moved-painted-objects"}


def test_polygons_in_another_crs_are_compared_where_they_lie(scene):
    """The panel sends its layer's polygons in the project's CRS: the same agreements as in the view's."""
    from rasterio.warp import transform_geom
    from shapely.geometry import mapping, shape

    raster, first, second = scene
    segmenter = Segmenter()
    request = m.SegmentRequest(raster, EXPRESSION, first, settings=RunSettings(device="cpu"))
    result = segmenter.run(request)
    polygons = [feature.wkt for feature in result.features]
    in_degrees = tuple(
        shape(transform_geom(result.crs_wkt, "EPSG:4326", mapping(shapely.from_wkt(wkt)))).wkt
        for wkt in polygons
    )
    same_crs = second_opinion(
        segmenter, m.SecondOpinionRequest(replace(request, model=second), tuple(polygons), result.crs_wkt)
    )
    degrees = second_opinion(
        segmenter, m.SecondOpinionRequest(replace(request, model=second), in_degrees, "EPSG:4326")
    )
    assert degrees.agreement == pytest.approx(same_crs.agreement, abs=2e-3)
    assert len(degrees.suggestions) == len(same_crs.suggestions) == 1


def test_a_polygon_is_matched_to_its_best_overlap_and_a_second_polygon_overlapping_none_is_suggested():
    square = shapely.box(0, 0, 10, 10)
    half = shapely.box(5, 0, 15, 10)  # IoU 1/3 with the square
    most = shapely.box(1, 0, 11, 10)  # IoU 9/11
    apart = shapely.box(50, 50, 60, 60)
    assert agreements([square], [half, most, apart]) == ([round(9 / 11, 4)], [2])
    assert agreements([square, apart], []) == ([0.0, 0.0], [])


def test_the_model_process_answers_a_second_opinion(scene, monkeypatch):
    """The request crosses the pipe to a real model process (client.process) and comes back whole."""
    raster, first, second = scene
    request = m.SegmentRequest(raster, EXPRESSION, first, settings=RunSettings(device="cpu"))
    result = Segmenter().run(request)
    polygons = tuple(feature.wkt for feature in result.features)
    monkeypatch.setenv("RRSIS_QGIS_MODEL_SETUP", "tests.second_opinion_models:register")
    process = ModelProcess(Runtime(sys.executable))
    try:
        answer = process.request(
            m.SecondOpinionRequest(replace(request, model=second), polygons, result.crs_wkt)
        )
    finally:
        process.close()
    assert isinstance(answer, m.SecondOpinionResult)
    named = dict(zip(map(_named, polygons), answer.agreement, strict=True))
    assert named == {"a": 1.0, "b": pytest.approx(0.5192, abs=1e-3), "c": 0.0, "d": 1.0, "strip": 1.0}
    assert [_named(feature.wkt) for feature in answer.suggestions] == ["road"]


@pytest.mark.parametrize("suffix", [".gpkg", ".geojson"])
def test_segment_with_a_second_opinion_writes_agreement_and_suggestions(scene, tmp_path, suffix):
    raster, first, second = scene
    out = tmp_path / f"checked{suffix}"
    arguments = ["segment", "--raster", raster, "--text", EXPRESSION, "--checkpoint", first]
    arguments += ["--second-opinion", second, "--out", str(out), "--device", "cpu"]
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, *arguments], cwd=REPO_ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Second opinion of moved-painted-objects" in result.stdout
    assert "1 suggestion(s) only it found" in result.stdout and "6 polygon(s)" in result.stdout
    rows = {_named(geometry.wkt): fields for geometry, fields in read_vector_file(out).rows}
    assert {name: fields["agreement"] for name, fields in rows.items()} == {
        "a": 1.0,
        "b": pytest.approx(0.5192, abs=1e-3),
        "c": 0.0,
        "d": 1.0,
        "strip": 1.0,
        "road": 0.0,
    }
    assert {fields["review"] for fields in rows.values()} == {"unreviewed"}
    assert rows["road"]["suggested_by"] == "moved-painted-objects" == rows["road"]["model"]
    assert {rows[name]["suggested_by"] for name in "abcd"} == {""}
    assert rows["a"]["model"] == "painted-objects"
