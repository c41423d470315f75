"""Answers that belong to their own request, in real QGIS with the plugin's one model process: the panel's
run, a Processing run of the same raster on tiles, the panel's run again (the same answer as the first),
and the raster rewritten in place (the answer follows the new pixels)."""

from __future__ import annotations

import time

import numpy as np
import processing
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
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
    return _centres(_panel_layer(dock, controller, expression))


def _centres(layer) -> list[tuple[int, int]]:
    centres = (feature.geometry().centroid().asPoint() for feature in layer.getFeatures())
    return sorted(
        (round((c.x() - TANKS_ORIGIN[0]) / TANKS_PIXEL), round((TANKS_ORIGIN[1] - c.y()) / TANKS_PIXEL))
        for c in centres
    )


def _panel_layer(dock, controller, expression: str) -> QgsVectorLayer:
    """Segment ``expression`` in the panel; the layer it adds."""
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
    return added[0]


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


def test_processing_runs_the_program_over_the_whole_raster_as_the_panel_runs_it_on_a_view_of_it(
    tanks, qgis_processing
):
    """A layer "Roads" across the scene below tanks a, b and c (row 130) and above d and the strip: the
    tiles (128 px) find the tanks, and the program selects once over the whole raster with the layer as
    the road, giving the panel's polygons on a view of the whole raster. (On each tile alone, the tiles
    without the painted road kept every tank.)"""
    dock, controller, _canvas = tanks
    dock.select_model(dock.model_combo.itemData(dock.model_combo.findText("painted")))
    roads = QgsVectorLayer("LineString?crs=EPSG:32613", "Roads", "memory")
    row = TANKS_ORIGIN[1] - 130 * TANKS_PIXEL
    road = QgsFeature()
    road.setGeometry(
        QgsGeometry.fromPolylineXY([QgsPointXY(TANKS_ORIGIN[0], row), QgsPointXY(TANKS_ORIGIN[0] + 120, row)])
    )
    roads.dataProvider().addFeatures([road])
    QgsProject.instance().addMapLayer(roads)

    panel = _panel_layer(dock, controller, "the tanks north of the road")
    assert _centres(panel) == sorted([TANKS["a"], TANKS["b"], TANKS["c"]])
    feedback = Warnings()
    tiled = _processing_run(dock, "the tanks north of the road", feedback)
    assert _centres(tiled) == _centres(panel)
    panel_shape = QgsGeometry.unaryUnion([feature.geometry() for feature in panel.getFeatures()])
    tiled_shape = QgsGeometry.unaryUnion([feature.geometry() for feature in tiled.getFeatures()])
    assert panel_shape.symDifference(tiled_shape).area() < 1e-6
    assert "'road' is the layer 'Roads' (1 features)" in feedback.warnings
    assert not [warning for warning in feedback.warnings if "tile" in warning]


def test_two_targets_are_looked_for_in_the_image_by_the_panel_and_by_processing_alike(tanks, qgis_processing):
    """ "the gray tank and the road": both are targets, so both are looked for in the image, the painted
    road (row 100), though a layer "Roads" (row 130) would stand for a road that is only an anchor; the
    tiled Processing run gives the panel's polygons."""
    dock, controller, _canvas = tanks
    dock.select_model(dock.model_combo.itemData(dock.model_combo.findText("painted")))
    roads = QgsVectorLayer("LineString?crs=EPSG:32613", "Roads", "memory")
    row = TANKS_ORIGIN[1] - 130 * TANKS_PIXEL
    road = QgsFeature()
    road.setGeometry(
        QgsGeometry.fromPolylineXY([QgsPointXY(TANKS_ORIGIN[0], row), QgsPointXY(TANKS_ORIGIN[0] + 120, row)])
    )
    roads.dataProvider().addFeatures([road])
    QgsProject.instance().addMapLayer(roads)

    dock.expression_edit.clear()
    QTest.keyClicks(dock.expression_edit, "the gray tank and the road")
    assert "and target: road" in dock.understanding_label.text()
    panel = _panel_layer(dock, controller, "the gray tank and the road")
    shapes = [feature.geometry() for feature in panel.getFeatures()]

    def on(x, y):
        point = QgsGeometry.fromPointXY(
            QgsPointXY(TANKS_ORIGIN[0] + x * TANKS_PIXEL, TANKS_ORIGIN[1] - y * TANKS_PIXEL)
        )
        return [shape.contains(point) for shape in shapes].count(True)

    assert on(*TANKS["c"]) == 1 and on(200, 100) == 1  # the gray tank, and the painted road
    assert on(*TANKS["a"]) == 0 and on(60, 130) == 0  # not a white tank, not the layer's road
    tiled = _processing_run(dock, "the gray tank and the road", Warnings())
    panel_shape = QgsGeometry.unaryUnion(shapes)
    tiled_shape = QgsGeometry.unaryUnion([feature.geometry() for feature in tiled.getFeatures()])
    assert panel_shape.symDifference(tiled_shape).area() < 1e-6


def test_the_panel_s_request_carries_the_reading_the_panel_showed(tanks):
    """The program crosses with the request (as JSON), so the model process runs the reading shown."""
    from rrsis_qgis.referring.program import Program

    dock, controller, _canvas = tanks
    dock.select_model(dock.model_combo.itemData(dock.model_combo.findText("painted")))
    QTest.keyClicks(dock.expression_edit, "the white tank north of the road")
    shown = dock.understanding_label.text()
    QTest.mouseClick(dock.segment_button, Qt.LeftButton)
    program = Program.from_json(controller.task.request.program)  # the task starts at once: a file
    wait_for(lambda: not controller.busy, timeout=30)
    assert shown.startswith(f"Read as: {program.explain()}")


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
