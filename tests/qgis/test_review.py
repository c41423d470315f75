"""The review mode in real QGIS: a GeoPackage layer of 20 results reviewed with the keyboard on the map
canvas, the most doubtful first; a polygon refined with clicks (the tests' painted model in the plugin's
model process, tests.batch_models.PaintedObjects); Ctrl+Z on a decision; the review stopped, saved,
the project closed and opened again, resumed; the accepted polygons exported alone."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from rrsis_qgis.qgis_ui.layers import REAL, result_fields
from rrsis_qgis.qgis_ui.review import ReviewSession, doubt_order
from tests.qgis.test_refine import click, key, on_map, tanks_in
from tests.qgis.test_segment_flow import wait_for
from tests.referring_scene import TANKS

TANK_A = 6  # the result that outlines tank a roughly (a square around it, to be refined): third in doubt
# The fills over white: rejected red, accepted green.
REJECTED_FILL, ACCEPTED_FILL = (251, 220, 220), (204, 237, 209)
SCORES = [round((7 * k % 20) / 20 + 0.01, 2) for k in range(20)]  # all different, not in feature order


def square(column: float, row: float, half: float) -> QgsGeometry:
    """A square of the tank scene's pixels around (column, row), on the map."""
    low, high = on_map(column - half, row + half), on_map(column + half, row - half)
    return QgsGeometry.fromRect(QgsRectangle(low, high))


def results_geopackage(path) -> str:
    """20 results on a grid over the tank scene, scored SCORES; result TANK_A is a rough square around
    tank a. Written as a GeoPackage, as the panel stores results when asked to."""
    memory = QgsVectorLayer("MultiPolygon?crs=EPSG:32613", "tanks found", "memory")
    memory.dataProvider().addAttributes(result_fields().toList())
    memory.updateFields()
    features = []
    for k, score in enumerate(SCORES):
        geometry = (
            square(*TANKS["a"], 15) if k == TANK_A else square(20 + 50 * (k % 5), 20 + 50 * (k // 5), 6)
        )
        geometry.convertToMultiType()
        feature = QgsFeature(memory.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(["storage tanks", "painted", score, 100.0, "2025-01-01T00:00:00", "text"])
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "tanks_found"
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        memory, str(path), QgsProject.instance().transformContext(), options
    )
    assert error == QgsVectorFileWriter.NoError, message
    return f"{path}|layername=tanks_found"


def by_score(layer) -> dict[float, QgsFeature]:
    return {feature["score"]: feature for feature in layer.getFeatures()}


def press(canvas, which) -> None:
    QTest.keyClick(canvas, which)


def drawn_colour(layer, feature) -> tuple[int, int, int]:
    """The colour QGIS draws at the feature's centre (its fill over a white map)."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(41, 41))
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(feature.geometry().boundingBox())
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    colour = job.renderedImage().pixelColor(20, 20)
    return colour.red(), colour.green(), colour.blue()


def near(colour, expected) -> bool:
    return all(abs(a - b) <= 3 for a, b in zip(colour, expected, strict=True))


def previewed(controller, tanks: list[str]) -> None:
    """Wait until the preview covers exactly these tanks (of those the zoomed view shows)."""
    session = controller.refine_session

    def covered() -> list[str]:
        a, b, c, d, e, f = session.result.mask_transform
        inverse = np.linalg.inv(np.array([[a, b], [d, e]]))
        height, width = session.result.mask.shape
        names = []
        for name, (x, y) in TANKS.items():
            point = on_map(x, y)
            column, row = inverse @ np.array([point.x() - c, point.y() - f])
            if 0 <= row < height and 0 <= column < width and session.result.mask[int(row), int(column)]:
                names.append(name)
        return sorted(names)

    wait_for(lambda: session.task is None and session.result is not None and covered() == tanks, timeout=30)


@pytest.fixture
def keyboard(qgis_iface):
    """The map's window shown and active, as QGIS's main window is when the analyst types: shortcuts
    need an active window."""
    window = qgis_iface.mapCanvas().window()
    window.show()
    window.activateWindow()
    # After an earlier hide, the offscreen platform keeps its own focus window and does not tell the
    # widgets that this one is active again.
    QApplication.setActiveWindow(window)
    wait_for(window.isActiveWindow, timeout=5)
    yield
    window.hide()


def review_layer(dock, controller, qgis_iface, layer) -> ReviewSession:
    """The analyst makes the layer the active one and clicks Review (no history row: a project opened
    again has none)."""
    qgis_iface.setActiveLayer(layer)
    dock.history.clearSelection()
    QTest.mouseClick(dock.review_button, Qt.MouseButton.LeftButton)
    return controller.review_session


def test_a_review_by_keyboard_with_refine_undo_save_resume_and_export(tanks, keyboard, qgis_iface, tmp_path):
    dock, controller, canvas = tanks
    source = results_geopackage(tmp_path / "results.gpkg")
    layer = QgsVectorLayer(source, "tanks found", "ogr")
    QgsProject.instance().addMapLayer(layer)
    assert not controller.export(layer.id(), str(tmp_path / "none.gpkg"), accepted_only=True)
    assert "No polygon of 'tanks found' is accepted" in dock.status_label.text()
    order = doubt_order(layer)
    fid = {round(feature["score"], 2): feature.id() for feature in layer.getFeatures()}
    assert order == [fid[score] for score in sorted(SCORES)]  # lowest score first
    tank_a = fid[SCORES[TANK_A]]
    assert order[2] == tank_a
    drawn_before = drawn_colour(layer, layer.getFeature(order[5]))

    session = review_layer(dock, controller, qgis_iface, layer)
    assert session.current == order[0] and qgis_iface.activeLayer() is layer
    # The map shows the polygon, zoomed around it, and highlights it.
    first = layer.getFeature(order[0]).geometry()
    assert canvas.extent().contains(first.boundingBox())
    assert canvas.extent().width() < 4 * first.boundingBox().width()
    assert session.band.asGeometry().equals(first)
    assert session.panel.counter_label.text() == "0 of 20 reviewed, 0 rejected"

    press(canvas, Qt.Key.Key_A)  # accept: on to the next polygon in doubt
    press(canvas, Qt.Key.Key_R)  # reject
    assert session.current == order[2]
    press(canvas, Qt.Key.Key_S)  # skip tank a's square for now
    press(canvas, Qt.Key.Key_A)
    assert session.current == order[4]
    for which, expected in (
        (Qt.Key.Key_Left, 3),
        (Qt.Key.Key_P, 2),
        (Qt.Key.Key_Right, 3),
        (Qt.Key.Key_N, 4),
    ):
        press(canvas, which)
        assert session.current == order[expected]
    session.panel.next_button.setFocus()  # the keys work on the review panel too
    QTest.keyClick(session.panel, Qt.Key.Key_A)
    assert session.current == order[5]
    assert session.panel.counter_label.text() == "4 of 20 reviewed, 1 rejected"
    states = {feature.id(): feature["review"] for feature in layer.getFeatures()}
    assert [states[order[k]] for k in range(5)] == ["accepted", "rejected", None, "accepted", "accepted"]
    assert layer.getFeature(order[0])["reviewed_at"].startswith("20")
    # Rejected polygons are drawn apart (red), accepted ones green, the others as before.
    assert near(drawn_colour(layer, layer.getFeature(order[1])), REJECTED_FILL)
    assert near(drawn_colour(layer, layer.getFeature(order[0])), ACCEPTED_FILL)
    assert near(drawn_colour(layer, layer.getFeature(order[5])), drawn_before)

    # Ctrl+Z (QGIS's Undo acts on the active layer): the last decision goes, and the review shows it.
    layer.undoStack().undo()
    assert layer.getFeature(order[4])["review"] == None  # noqa: E711 (QGIS's NULL equals None)
    assert session.current == order[4]
    assert session.panel.counter_label.text() == "3 of 20 reviewed, 1 rejected"

    # Refine the skipped square around tank a with a click; the review comes back to it, still open.
    press(canvas, Qt.Key.Key_P)
    press(canvas, Qt.Key.Key_P)
    assert session.current == tank_a
    press(canvas, Qt.Key.Key_F)
    assert controller.refine_session is not None and session.refining is controller.refine_session
    assert "Refining 'storage tanks'" in dock.status_label.text()  # the text the polygon was made of
    press(canvas, Qt.Key.Key_A)  # the review's keys wait while the clicks are made
    assert layer.getFeature(tank_a)["review"] == None  # noqa: E711
    click(canvas, *TANKS["a"])
    previewed(controller, ["a"])
    key(canvas, Qt.Key.Key_Return)
    wait_for(lambda: controller.refine_session is None, timeout=30)
    refined = layer.getFeature(tank_a)
    assert tanks_in(refined.geometry()) == ["a"] and refined["prompt"] == "text + clicks"
    assert refined.geometry().area() < square(*TANKS["a"], 15).area()  # the disc, not the square
    assert session.current == tank_a and session.band.asGeometry().equals(refined.geometry())
    press(canvas, Qt.Key.Key_A)
    assert layer.getFeature(tank_a)["review"] == "accepted" and session.current == order[4]
    press(canvas, Qt.Key.Key_R)
    assert session.panel.counter_label.text() == "5 of 20 reviewed, 2 rejected"

    # Nothing reached the file behind the analyst's back; the panel's Save writes it.
    on_disk = QgsVectorLayer(source, "on disk", "ogr")
    assert on_disk.fields().indexOf("review") < 0
    assert layer.isEditable() and layer.isModified()
    QTest.mouseClick(session.panel.save_button, Qt.MouseButton.LeftButton)
    assert not layer.isModified()
    on_disk = QgsVectorLayer(source, "on disk", "ogr")
    saved = {feature.id(): feature["review"] for feature in on_disk.getFeatures()}
    accepted = sorted(k for k, state in saved.items() if state == "accepted")
    assert accepted == sorted([order[0], order[3], tank_a])
    assert sorted(k for k, state in saved.items() if state == "rejected") == sorted([order[1], order[4]])

    QTest.mouseClick(session.panel.stop_button, Qt.MouseButton.LeftButton)
    assert controller.review_session is None and "5 of 20 reviewed, 2 rejected" in dock.status_label.text()
    project_file = tmp_path / "review.qgz"
    assert QgsProject.instance().write(str(project_file))

    # Another session of QGIS: the project opened again, the review resumes at the first open polygon.
    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(project_file))
    (layer,) = QgsProject.instance().mapLayersByName("tanks found")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)  # the review's style was kept with the project
    session = review_layer(dock, controller, qgis_iface, layer)
    assert session.current == order[5]
    assert session.panel.counter_label.text() == "5 of 20 reviewed, 2 rejected"
    press(canvas, Qt.Key.Key_A)  # not saved: in the layer's edits, which export writes too
    drawn = set(canvas.scene().items())
    session.panel.close()  # closing the review panel ends the review, its highlight and keys too
    assert controller.review_session is None and session.band not in canvas.scene().items()
    assert set(canvas.scene().items()) == drawn - {session.band}
    assert layer.isModified() and "Save Layer Edits keeps the decisions" in dock.status_label.text()
    press(canvas, Qt.Key.Key_A)
    assert "7 of 20" not in dock.status_label.text() and layer.getFeature(order[6])["review"] == None  # noqa: E711

    # Export the accepted polygons only.
    exported = tmp_path / "accepted.geojson"
    assert controller.export(layer.id(), str(exported), accepted_only=True)
    written = QgsVectorLayer(str(exported), "accepted", "ogr")
    assert sorted(round(feature["score"], 2) for feature in written.getFeatures()) == sorted(
        round(layer.getFeature(k)["score"], 2) for k in (order[0], order[3], tank_a, order[5])
    )
    assert {feature["review"] for feature in written.getFeatures()} == {"accepted"}


def test_the_queue_puts_disagreement_first_when_a_second_opinion_exists(qgis_new_project):
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:32613", "results", "memory")
    layer.dataProvider().addAttributes(result_fields().toList())
    layer.updateFields()
    scores = [0.9, 0.2, 0.5, 0.7]
    for score in scores:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["tanks", "painted", score, 1.0, "2025-01-01T00:00:00", "text"])
        layer.dataProvider().addFeature(feature)
    ids = sorted(layer.allFeatureIds())
    assert doubt_order(layer) == [ids[1], ids[2], ids[3], ids[0]]  # by score alone

    layer.dataProvider().addAttributes([QgsField("agreement", REAL)])
    layer.updateFields()
    index = layer.fields().indexOf("agreement")
    agreements = {ids[0]: 0.1, ids[1]: 0.8, ids[2]: 0.1, ids[3]: None}  # no second opinion: counts as 0
    layer.dataProvider().changeAttributeValues(
        {k: {index: value} for k, value in agreements.items() if value is not None}
    )
    assert doubt_order(layer) == [ids[3], ids[2], ids[0], ids[1]]  # agreement first, then score


def test_review_of_the_panels_result_selected_in_the_history(tanks, keyboard, qgis_iface):
    dock, controller, canvas = tanks
    raster = dock.layer_combo.currentLayer()
    qgis_iface.setActiveLayer(raster)
    QTest.mouseClick(dock.review_button, Qt.MouseButton.LeftButton)  # no result anywhere: said so
    assert controller.review_session is None and "make a layer of results" in dock.status_label.text()

    QTest.keyClicks(dock.expression_edit, "the white storage tanks")
    QTest.mouseClick(dock.segment_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: not controller.busy)
    (layer,) = QgsProject.instance().mapLayersByName("the white storage tanks")
    count = layer.featureCount()
    assert count >= 3 and dock.history.selectionModel().selectedRows()
    qgis_iface.setActiveLayer(raster)
    QTest.mouseClick(dock.review_button, Qt.MouseButton.LeftButton)  # the history row's result
    session = controller.review_session
    assert session.layer is layer and qgis_iface.activeLayer() is layer
    for _ in range(count):
        press(canvas, Qt.Key.Key_A)
    assert session.panel.counter_label.text() == f"{count} of {count} reviewed, 0 rejected"
    assert "Every polygon is decided" in session.panel.status_label.text()
    assert {feature["review"] for feature in layer.getFeatures()} == {"accepted"}
