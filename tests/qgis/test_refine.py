"""Corrections by hand in real QGIS: the Refine tool driven by mouse and key events on the map canvas,
with a deterministic model in the plugin's model process (tests.batch_models.PaintedObjects: a click
takes the painted object under it) on tests.referring_scene's tanks."""

from __future__ import annotations

import numpy as np
from qgis.core import QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest

from rrsis_qgis.qgis_ui.refine import ClickTool
from tests.qgis.conftest import TANKS_ORIGIN, TANKS_PIXEL
from tests.qgis.test_segment_flow import wait_for
from tests.referring_scene import TANKS

ORIGIN, PIXEL = TANKS_ORIGIN, TANKS_PIXEL


def on_map(column: float, row: float) -> QgsPointXY:
    return QgsPointXY(ORIGIN[0] + PIXEL * column, ORIGIN[1] - PIXEL * row)


def tanks_in(geometry) -> list[str]:
    """The tanks whose centre ``geometry`` holds."""
    return sorted(name for name, (x, y) in TANKS.items() if geometry.contains(on_map(x, y)))


def pixel_of(canvas, column: float, row: float) -> QPoint:
    point = canvas.getCoordinateTransform().transform(on_map(column, row))
    return QPoint(round(point.x()), round(point.y()))


def click(canvas, column, row, button=Qt.MouseButton.LeftButton, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.mouseClick(canvas.viewport(), button, modifier, pixel_of(canvas, column, row))


def drag(canvas, start, end):
    viewport = canvas.viewport()
    QTest.mousePress(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pixel_of(canvas, *start)
    )
    QTest.mouseMove(viewport, pixel_of(canvas, *end))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pixel_of(canvas, *end)
    )


def key(canvas, which, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(canvas, which, modifier)


def previewed_tanks(result, placed=on_map) -> list[str]:
    """The tanks whose centre the preview's mask covers (the mask's affine inverted); ``placed`` puts a
    scene pixel on the map."""
    a, b, c, d, e, f = result.mask_transform
    inverse = np.linalg.inv(np.array([[a, b], [d, e]]))
    covered = []
    for name, (x, y) in TANKS.items():
        point = placed(x, y)
        column, row = inverse @ np.array([point.x() - c, point.y() - f])
        if result.mask[int(row), int(column)]:
            covered.append(name)
    return sorted(covered)


def previewed(controller, tanks: list[str], placed=on_map) -> None:
    """Wait until the preview drawn on the canvas covers exactly these tanks."""
    session = controller.refine_session

    def shown() -> bool:
        result = session.result
        return session.task is None and result is not None and previewed_tanks(result, placed) == tanks

    wait_for(shown, timeout=30)
    assert session.preview.image is not None and session.preview.isVisible()


def result_layers() -> list[QgsVectorLayer]:
    return [
        layer for layer in QgsProject.instance().mapLayers().values() if isinstance(layer, QgsVectorLayer)
    ]


def drawn_yellow(canvas, column: float, row: float) -> bool:
    """Whether the canvas, as drawn now, shows the preview's yellow at this pixel of the scene."""
    canvas.refresh()
    canvas.waitWhileRendering()
    picture = canvas.viewport().grab().toImage()
    colour = picture.pixelColor(pixel_of(canvas, column, row))
    return colour.blue() < colour.red() - 60  # yellow over the white tank (or the canvas's white)


def test_clicks_add_undo_and_accept_into_a_new_layer(tanks):
    dock, controller, canvas = tanks
    QTest.mouseClick(dock.refine_button, Qt.MouseButton.LeftButton)
    assert isinstance(canvas.mapTool(), ClickTool) and dock.refine_button.isChecked()
    assert "clicks go to" in dock.status_label.text() and "'tanks'" in dock.status_label.text()

    click(canvas, *TANKS["a"])
    previewed(controller, ["a"])
    # Drawn where the tank is: yellow on tank a (white in the scene), not on tank b.
    assert drawn_yellow(canvas, *TANKS["a"]) and not drawn_yellow(canvas, *TANKS["b"])
    click(canvas, *TANKS["b"])
    previewed(controller, ["a", "b"])
    click(canvas, *TANKS["b"], Qt.MouseButton.RightButton)  # off b: b leaves again
    previewed(controller, ["a"])
    key(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the negative click
    previewed(controller, ["a", "b"])
    click(canvas, *TANKS["b"], modifier=Qt.KeyboardModifier.ShiftModifier)  # Shift+click: off it too
    previewed(controller, ["a"])
    assert not result_layers()  # a preview is not a layer

    key(canvas, Qt.Key.Key_Return)
    wait_for(lambda: controller.refine_session is None, timeout=30)  # the polygons are asked for once
    (layer,) = result_layers()
    assert layer.name() == "Clicked objects"
    (feature,) = layer.getFeatures()
    assert tanks_in(feature.geometry()) == ["a"] and feature["prompt"] == "clicks"
    assert controller.refine_session is None and not isinstance(canvas.mapTool(), ClickTool)
    assert not dock.refine_button.isChecked()
    assert dock.history.rowCount() == 1


def test_refining_a_history_result_replaces_its_feature_and_keeps_its_attributes(tanks):
    dock, controller, canvas = tanks
    QTest.keyClicks(dock.expression_edit, "the gray tank")
    QTest.mouseClick(dock.segment_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: not controller.busy)
    (layer,) = result_layers()
    (before,) = layer.getFeatures()
    assert tanks_in(before.geometry()) == ["c"]

    QTest.mouseClick(dock.refine_button, Qt.MouseButton.LeftButton)  # the history row is selected
    assert "Refining 'the gray tank'" in dock.status_label.text()
    drag(canvas, (30, 25), (135, 65))  # a box over tanks a and c: both are taken
    previewed(controller, ["a", "c"])
    key(canvas, Qt.Key.Key_Enter)
    wait_for(lambda: controller.refine_session is None, timeout=30)

    assert result_layers() == [layer]  # no new layer: the feature was replaced
    (after,) = layer.getFeatures()
    assert after.id() == before.id() and tanks_in(after.geometry()) == ["a", "c"]
    assert after["expression"] == "the gray tank" and after["model"] == before["model"]
    assert after["prompt"] == "text + clicks" and after["area_m2"] > before["area_m2"]


def test_escape_cancels_and_changes_nothing(tanks):
    dock, controller, canvas = tanks
    QTest.mouseClick(dock.refine_button, Qt.MouseButton.LeftButton)
    click(canvas, *TANKS["d"])
    previewed(controller, ["d"])
    key(canvas, Qt.Key.Key_Escape)
    assert controller.refine_session is None and not result_layers()
    assert not isinstance(canvas.mapTool(), ClickTool)
    assert "nothing was changed" in dock.status_label.text()
    # Accept before any answer says so and keeps the session.
    QTest.mouseClick(dock.refine_button, Qt.MouseButton.LeftButton)
    key(canvas, Qt.Key.Key_Return)
    assert controller.refine_session is not None and "Nothing to accept" in dock.status_label.text()
    QTest.mouseClick(dock.refine_button, Qt.MouseButton.LeftButton)  # the button ends the session too
    assert controller.refine_session is None and not dock.refine_button.isChecked()


def test_a_click_during_a_running_text_segmentation_waits_its_turn(tanks):
    dock, controller, canvas = tanks
    dock.select_model(dock.model_combo.itemData(dock.model_combo.findText("slow painted")))
    QTest.keyClicks(dock.expression_edit, "the two white tanks north of the road")
    QTest.mouseClick(dock.segment_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: controller.task is not None)
    QTest.mouseClick(dock.refine_button, Qt.MouseButton.LeftButton)
    dock.history.clearSelection()
    click(canvas, *TANKS["d"])
    assert controller.busy  # the text run is still going
    previewed(controller, ["d"])
    wait_for(lambda: not controller.busy)
    (text_layer,) = result_layers()  # the text run finished whole, beside the clicks
    assert sorted(tanks_in(feature.geometry()) for feature in text_layer.getFeatures()) == [["a"], ["b"]]
    key(canvas, Qt.Key.Key_Return)
    wait_for(lambda: controller.refine_session is None, timeout=30)
    clicked = [layer for layer in result_layers() if layer.name() == "Clicked objects"]
    assert len(clicked) == 1 and [tanks_in(f.geometry()) for f in clicked[0].getFeatures()] == [["d"]]


def test_a_click_outside_the_refined_result_adds_that_object_and_ctrl_z_takes_it_back(tanks, qgis_iface):
    """A click outside the result's extent adds what the text run missed (its box no longer holds the
    answer); the accepted refinement goes through the layer's edit buffer as one undo step."""
    dock, controller, canvas = tanks
    QTest.keyClicks(dock.expression_edit, "the gray tank")
    QTest.mouseClick(dock.segment_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: not controller.busy)
    (layer,) = result_layers()
    (before,) = layer.getFeatures()
    assert tanks_in(before.geometry()) == ["c"]

    QTest.mouseClick(dock.refine_button, Qt.MouseButton.LeftButton)
    click(canvas, *TANKS["d"])  # far outside tank c's extent
    previewed(controller, ["c", "d"])  # grown: c stays, d joins
    key(canvas, Qt.Key.Key_Return)
    wait_for(lambda: controller.refine_session is None, timeout=30)
    (after,) = layer.getFeatures()
    assert tanks_in(after.geometry()) == ["c", "d"] and after["prompt"] == "text + clicks"
    # In the edit buffer, not yet in the file or memory behind the layer, and the layer QGIS's Undo acts on.
    assert layer.isEditable() and layer.isModified() and qgis_iface.activeLayer() is layer
    (stored,) = layer.dataProvider().getFeatures()
    assert tanks_in(stored.geometry()) == ["c"]
    assert "Ctrl+Z undoes it" in dock.status_label.text()

    layer.undoStack().undo()  # what Ctrl+Z does to the active layer
    (undone,) = layer.getFeatures()
    assert undone.geometry().equals(before.geometry()) and undone.attributes() == before.attributes()
    layer.undoStack().redo()
    assert layer.commitChanges()  # Save Layer Edits
    (saved,) = layer.dataProvider().getFeatures()
    assert tanks_in(saved.geometry()) == ["c", "d"] and saved["prompt"] == "text + clicks"


def test_choosing_another_map_tool_ends_the_clicks_and_writes_nothing(tanks):
    from qgis.gui import QgsMapToolPan

    dock, controller, canvas = tanks
    drawn_before = set(canvas.scene().items())
    QTest.mouseClick(dock.refine_button, Qt.MouseButton.LeftButton)
    click(canvas, *TANKS["d"])
    previewed(controller, ["d"])
    pan = QgsMapToolPan(canvas)
    canvas.setMapTool(pan)
    assert controller.refine_session is None and not dock.refine_button.isChecked()
    assert canvas.mapTool() is pan  # the analyst's choice stands
    assert set(canvas.scene().items()) == drawn_before  # no marker, box or preview left on the map
    assert "nothing was changed" in dock.status_label.text()

    # Even with the polygons on their way: Enter, then another tool before they arrive.
    QTest.mouseClick(dock.refine_button, Qt.MouseButton.LeftButton)
    click(canvas, *TANKS["d"])
    previewed(controller, ["d"])
    key(canvas, Qt.Key.Key_Return)
    canvas.setMapTool(pan)
    QTest.qWait(1000)
    assert controller.refine_session is None and not result_layers()
    assert set(canvas.scene().items()) == drawn_before


def test_double_clicking_a_row_of_clicks_zooms_to_it_instead_of_running_its_name(tanks):
    dock, controller, canvas = tanks
    dock.show()
    QTest.mouseClick(dock.refine_button, Qt.MouseButton.LeftButton)
    click(canvas, *TANKS["d"])
    previewed(controller, ["d"])
    key(canvas, Qt.Key.Key_Return)
    wait_for(lambda: controller.refine_session is None, timeout=30)
    (layer,) = result_layers()
    assert dock.history.item(0, 0).text() == "Clicked objects"  # no expression: the layer's name

    canvas.zoomScale(canvas.scale() / 8)  # away from tank d
    assert not canvas.extent().contains(layer.extent())
    row = dock.history.visualItemRect(dock.history.item(0, 0)).center()
    viewport, left, plain = dock.history.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(viewport, left, plain, row)  # a double click, as Qt receives one: a click first
    QTest.mouseDClick(viewport, left, plain, row)
    assert not controller.busy and dock.expression_edit.text() == ""  # nothing runs "Clicked objects"
    assert canvas.extent().contains(layer.extent())
