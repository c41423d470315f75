"""Bad input on the QGIS side, in real QGIS with the plugin's model process: an anchor layer of curves or
without a CRS, and Processing on a raster (or an extent of it) that holds only nodata."""

from __future__ import annotations

import json

import numpy as np
import processing
import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from tests.qgis.conftest import TANKS_ORIGIN, TANKS_PIXEL, Warnings
from tests.qgis.geotiff import write_geotiff
from tests.qgis.test_segment_flow import wait_for
from tests.referring_scene import TANKS

ORIGIN, PIXEL = TANKS_ORIGIN, TANKS_PIXEL
ROAD_ROW = ORIGIN[1] - 185 * PIXEL  # south of every tank: "north of" it holds a, b and d


@pytest.fixture
def panel(qgis_app, request):
    """The ``tanks`` panel with no stored settings: a model used last by another test is not chosen."""
    QgsSettings().remove("rrsis_qgis")
    return request.getfixturevalue("tanks")


def _run_the_round_white_tanks_north_of_the_road(dock, controller, roads) -> list[tuple[int, int]]:
    """The tanks (pixel centres) that the panel finds for the expression, with ``roads`` in the project."""
    QTest.keyClicks(dock.expression_edit, "the round white tanks north of the road")
    QTest.mouseClick(dock.segment_button, Qt.LeftButton)
    wait_for(lambda: not controller.busy)
    results = [
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if isinstance(layer, QgsVectorLayer) and layer is not roads
    ]
    assert len(results) == 1, dock.status_label.text()
    return sorted(
        (round((c.x() - ORIGIN[0]) / PIXEL), round((ORIGIN[1] - c.y()) / PIXEL))
        for c in (feature.geometry().centroid().asPoint() for feature in results[0].getFeatures())
    )


def _roads(definition: str, wkt: str) -> QgsVectorLayer:
    roads = QgsVectorLayer(definition, "Roads", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    assert roads.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(roads)
    return roads


def test_a_road_layer_of_curves_is_made_linear_and_taken_as_the_road(panel):
    dock, controller, _canvas = panel
    x0, y = ORIGIN[0], ROAD_ROW
    arc = f"CircularString({x0 + 60} {y}, {x0 + 90} {y - 1}, {x0 + 120} {y})"
    curve = f"CompoundCurve(({x0} {y}, {x0 + 60} {y}), {arc})"
    roads = _roads("CompoundCurve?crs=EPSG:32613", curve)
    centres = _run_the_round_white_tanks_north_of_the_road(dock, controller, roads)
    assert centres == sorted([TANKS["a"], TANKS["b"], TANKS["d"]])  # d is north of the layer's road
    assert "'road' is the layer 'Roads' (1 features)" in dock.status_label.text()


def test_a_road_layer_without_a_crs_is_named_as_such_and_the_road_is_looked_for_in_the_image(panel):
    dock, controller, _canvas = panel
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda message, _tag, _level: logged.append(message))
    x0, y = ORIGIN[0], ROAD_ROW
    roads = _roads("LineString", f"LineString({x0} {y}, {x0 + 120} {y})")
    roads.setCrs(QgsCoordinateReferenceSystem())  # as a shapefile without its .prj is read
    assert not roads.crs().isValid()
    QTest.keyClicks(dock.expression_edit, "the round white tanks north of the road")
    assert "the layer 'Roads'" not in dock.understanding_label.text()
    dock.expression_edit.clear()
    centres = _run_the_round_white_tanks_north_of_the_road(dock, controller, roads)
    assert centres == sorted([TANKS["a"], TANKS["b"]])  # north of the road painted in the image
    skipped = (
        "'Roads' has no coordinate reference system, so it is not used: 'road' is looked for in the image"
    )
    assert skipped in dock.status_label.text()
    assert "is the layer 'Roads'" not in dock.status_label.text()
    assert skipped in logged


NODATA_NOTE = "the raster holds no valid pixels where it was searched (only nodata)"


def test_processing_on_nodata_alone_says_so(provider, tmp_path):
    """A raster of nodata, and the nodata half of another (whose tiles still read valid pixels in their
    overlap): no feature, and the note the panel gives; the half with data finds nothing, without it."""
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.json").write_text(json.dumps({"model_type": "bright-objects"}))
    empty = write_geotiff(
        tmp_path / "empty.tif", np.zeros((3, 256, 256), np.uint8), ORIGIN, PIXEL, "EPSG:32613", nodata=0
    )
    half = np.full((3, 256, 256), 40, np.uint8)
    half[:, :, :128] = 0  # the west half is nodata; the east half dark ground, where nothing is bright
    half = write_geotiff(tmp_path / "half.tif", half, ORIGIN, PIXEL, "EPSG:32613", nodata=0)
    west = f"{ORIGIN[0]},{ORIGIN[0] + 128 * PIXEL},{ORIGIN[1] - 256 * PIXEL},{ORIGIN[1]} [EPSG:32613]"

    def run(raster, **parameters) -> list[str]:
        feedback = Warnings()
        defaults = {"INPUT": raster, "EXPRESSIONS": "the bright discs", "MODEL": str(model)}
        parameters = {**defaults, "TILE_SIZE": 96, "OVERLAP": 32, "OUTPUT": "memory:", **parameters}
        output = processing.run("rrsis:segmentrasterbytext", parameters, feedback=feedback)["OUTPUT"]
        assert output.featureCount() == 0
        return feedback.warnings

    assert any(NODATA_NOTE in warning for warning in run(empty))
    assert any(NODATA_NOTE in warning for warning in run(half, EXTENT=west))
    assert not any(NODATA_NOTE in warning for warning in run(half))
