"""Outlines that look like the objects, in real QGIS: Processing's parameter (and its second output, the
traced outlines) and the panel's setting, with the tests' deterministic detector (tests.batch_models.
PaintedObjects) on tests.referring_scene's round tanks."""

from __future__ import annotations

import json
import math

import numpy as np
import processing
import pytest
from qgis.core import QgsDistanceArea, QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from rrsis_qgis.qgis_ui.settings import RrsisSettings
from rrsis_qgis.qgis_ui.settings_dialog import SettingsDialog
from tests.qgis.conftest import TANKS_ORIGIN, TANKS_PIXEL
from tests.qgis.geotiff import write_geotiff
from tests.qgis.test_segment_flow import wait_for
from tests.referring_scene import PAINTED, TANKS, tank_scene


def radii(geometry) -> list[float]:
    """Each outline point's distance from the polygon's centroid, in metres (the scene is in UTM)."""
    centre = geometry.centroid().asPoint()
    return [math.hypot(point.x() - centre.x(), point.y() - centre.y()) for point in geometry.vertices()]


def in_pixels(geometry) -> tuple[int, int]:
    centre = geometry.centroid().asPoint()
    return round((centre.x() - TANKS_ORIGIN[0]) / TANKS_PIXEL), round(
        (TANKS_ORIGIN[1] - centre.y()) / TANKS_PIXEL
    )


def is_circle(geometry) -> bool:
    """Many points, all at one distance from the centre (a rectangle's four corners are too)."""
    distances = radii(geometry)
    return len(distances) > 16 and max(distances) - min(distances) < 1e-3


def test_processing_shapes_tanks_as_circles_and_gives_the_traced_outlines_as_a_second_output(
    provider, tmp_path
):
    raster = write_geotiff(
        tmp_path / "tanks.tif", np.moveaxis(tank_scene(), -1, 0), TANKS_ORIGIN, TANKS_PIXEL, "EPSG:32613"
    )
    model = tmp_path / "painted"
    model.mkdir()
    (model / "config.json").write_text(json.dumps({"model_type": "painted-objects", "phrases": PAINTED}))
    parameters = {
        "INPUT": raster,
        "EXPRESSIONS": "the storage tanks",
        "MODEL": str(model),
        "TILE_SIZE": 128,
        "OVERLAP": 32,
        "REGULARIZE": True,
        "TOLERANCE_M": 1.0,
        "OUTPUT": "memory:",
        "ORIGINAL": str(tmp_path / "traced.gpkg"),
    }
    result = processing.run("rrsis:segmentrasterbytext", parameters)
    shaped = {in_pixels(feature.geometry()): feature for feature in result["OUTPUT"].getFeatures()}
    traced_layer = QgsVectorLayer(result["ORIGINAL"], "traced")
    traced = {in_pixels(feature.geometry()): feature for feature in traced_layer.getFeatures()}
    tanks = [shaped.pop(centre) for centre in TANKS.values()]  # the four tanks, found where they are
    assert all(is_circle(tank.geometry()) for tank in tanks)
    [(_, strip)] = shaped.items()  # a long strip is not made a circle
    assert not is_circle(strip.geometry()) and strip.geometry().boundingBox().width() > 30
    assert len(traced) == 5 and not any(is_circle(feature.geometry()) for feature in traced.values())
    ellipsoid = QgsDistanceArea()
    ellipsoid.setSourceCrs(traced_layer.crs(), QgsProject.instance().transformContext())
    ellipsoid.setEllipsoid("WGS84")
    for centre, tank in zip(TANKS.values(), tanks, strict=True):
        original = traced[centre]
        assert original["expression"] == tank["expression"] and original["area_m2"] != tank["area_m2"]
        assert math.isclose(original["area_m2"], ellipsoid.measureArea(original.geometry()), rel_tol=1e-6)


@pytest.fixture
def fresh_settings():
    QgsSettings().remove("rrsis_qgis")
    yield
    QgsSettings().remove("rrsis_qgis")


def test_the_panel_setting_is_stored_and_shapes_the_panel_results(fresh_settings, tanks, tmp_path):
    dock, controller, _canvas = tanks
    dialog = SettingsDialog(controller.settings, dock)
    assert not dialog.regularize.isChecked() and not dialog.tolerance.isEnabled()  # off by default
    dialog.regularize.setChecked(True)
    assert dialog.tolerance.isEnabled()
    dialog.tolerance.setValue(0.5)
    dialog.accept()
    controller.apply_settings()
    assert (RrsisSettings().run_settings.regularize, RrsisSettings().run_settings.tolerance_m) == (True, 0.5)
    assert (controller.run_settings.regularize, controller.run_settings.tolerance_m) == (True, 0.5)
    dock.add_model("painted", str(tmp_path / "painted"))  # the tanks fixture's model, not in the settings

    QTest.keyClicks(dock.expression_edit, "the round storage tanks")
    QTest.mouseClick(dock.segment_button, Qt.LeftButton)
    wait_for(lambda: not controller.busy)
    layers = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    layer, traced = layers["the round storage tanks"], layers["the round storage tanks (traced outlines)"]
    found = {in_pixels(feature.geometry()): feature.geometry() for feature in layer.getFeatures()}
    assert sorted(found) == sorted(TANKS.values()), dock.status_label.text()
    assert all(is_circle(geometry) for geometry in found.values())
    # The traced outlines beside them, hidden, each with its own area: shaping is never a loss.
    outlines = {in_pixels(feature.geometry()): feature for feature in traced.getFeatures()}
    assert sorted(outlines) == sorted(found)
    assert not QgsProject.instance().layerTreeRoot().findLayer(traced.id()).isVisible()
    shaped_areas = {in_pixels(feature.geometry()): feature["area_m2"] for feature in layer.getFeatures()}
    for place, feature in outlines.items():
        assert not feature.geometry().equals(found[place])
        assert abs(feature["area_m2"] - feature.geometry().area()) < 0.02 * feature.geometry().area()
        assert feature["area_m2"] != shaped_areas[place]
