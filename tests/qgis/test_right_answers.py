"""Answers that belong to their own request, in real QGIS with the plugin's one model process: the panel's
run, a Processing run of the same raster on tiles, the panel's run again (the same answer as the first),
and the raster rewritten in place (the answer follows the new pixels)."""

from __future__ import annotations

import time

import numpy as np
import processing
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from rrsis_qgis.processing.provider import RrsisProvider
from tests.qgis.conftest import TANKS_ORIGIN, TANKS_PIXEL, Warnings
from tests.qgis.geotiff import write_geotiff
from tests.qgis.test_segment_flow import wait_for
from tests.referring_scene import GROUND, TANKS, disc, paint, tank_scene


def _panel_run(dock, controller, expression: str) -> list[tuple[int, int]]:
    """Segment ``expression`` in the panel; the centres (in the scene's pixels) of the new layer's
    polygons."""
    before = set(QgsProject.instance().mapLayers())
    dock.expression_edit.clear()
    QTest.keyClicks(dock.expression_edit, expression)
    QTest.mouseClick(dock.segment_button, Qt.LeftButton)
    wait_for(lambda: not controller.busy, timeout=30)
    added = [
        layer
        for layer_id, layer in QgsProject.instance().mapLayers().items()
        if layer_id not in before and isinstance(layer, QgsVectorLayer)
    ]
    assert len(added) == 1, dock.status_label.text()
    centres = (feature.geometry().centroid().asPoint() for feature in added[0].getFeatures())
    return sorted(
        (round((c.x() - TANKS_ORIGIN[0]) / TANKS_PIXEL), round((TANKS_ORIGIN[1] - c.y()) / TANKS_PIXEL))
        for c in centres
    )


def _processing_run(dock, expression: str, feedback=None):
    provider = RrsisProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        parameters = {
            "INPUT": dock.layer_combo.currentLayer(),
            "EXPRESSIONS": expression,
            "MODEL": dock.model_combo.currentData(),
            "TILE_SIZE": 128,  # not the panel's view: the last tile is another image
            "OVERLAP": 0,
            "OUTPUT": "memory:",
        }
        return processing.run("rrsis:segmentrasterbytext", parameters, feedback=feedback)["OUTPUT"]
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)


def test_a_processing_run_between_two_panel_runs_leaves_the_panels_answer_as_it_was(tanks, qgis_processing):
    dock, controller, _canvas = tanks
    dock.select_model(dock.model_combo.itemData(dock.model_combo.findText("painted")))
    first = _panel_run(dock, controller, "all white storage tanks")
    assert len(first) == 4  # tanks a, b, d and the white strip
    tiled = _processing_run(dock, "all white storage tanks")
    assert tiled.featureCount() == 4

    assert _panel_run(dock, controller, "all white storage tanks") == first


def test_processing_says_when_an_expression_is_judged_within_each_tile(tanks, qgis_processing):
    dock, _controller, _canvas = tanks
    dock.select_model(dock.model_combo.itemData(dock.model_combo.findText("painted")))
    feedback = Warnings()
    _processing_run(dock, "the white tank north of the road", feedback)
    assert feedback.warnings == [
        "understood as: target: storage tank; count: 1; attributes: white; relation: north of road",
        "'the white tank north of the road' was read on each tile alone: its count, relations apply within "
        "each tile, not to the whole raster",
    ]


def test_a_raster_rewritten_in_place_is_segmented_as_it_is_now(tanks):
    dock, controller, _canvas = tanks
    dock.select_model(dock.model_combo.itemData(dock.model_combo.findText("painted")))
    path = dock.layer_combo.currentLayer().source()
    assert len(_panel_run(dock, controller, "all storage tanks")) == 5
    image = tank_scene()
    paint(image, disc(*TANKS["a"]), GROUND)  # tank a is gone from the file
    time.sleep(0.05)  # a later write, as an analyst's is: the file's time moves on
    write_geotiff(path, np.moveaxis(image, -1, 0), TANKS_ORIGIN, TANKS_PIXEL, "EPSG:32613")
    after = _panel_run(dock, controller, "all storage tanks")
    assert len(after) == 4 and TANKS["a"] not in after
