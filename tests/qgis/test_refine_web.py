"""Refine on a web layer in real QGIS: an XYZ layer served from a local folder of PNG tiles that show
tests.referring_scene's tanks, segmented by the panel's text, then refined with clicks. The model
process's painted model (tests.logged_painted) logs every image it encodes, which the tests count."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QPoint, Qt
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtTest import QTest

from rrsis_qgis.qgis_ui.controller import SegmentController
from rrsis_qgis.qgis_ui.dock import SegmentDock
from rrsis_qgis.qgis_ui.runtime import close_model_process
from tests.qgis.test_refine import previewed
from tests.qgis.test_segment_flow import wait_for
from tests.referring_scene import GROUND, PAINTED, TANKS, tank_scene

ZOOM, TILE = 17, 256
WORLD = 20037508.342789244  # half the side of Web Mercator's square world, in metres
PIXEL = 2 * WORLD / 2**ZOOM / TILE  # a tile pixel at ZOOM
FIRST_TILE = (2**16 + 10, 2**16 - 10)  # column, row of the top-left tile: 2 x 2 tiles near (0°, 0°)
PLACED = 100  # the scene's top-left corner, in pixels of the 2 x 2 tiles
ORIGIN = (
    -WORLD + FIRST_TILE[0] * TILE * PIXEL + PLACED * PIXEL,
    WORLD - FIRST_TILE[1] * TILE * PIXEL - PLACED * PIXEL,
)


def encoded(log) -> list:
    """The shapes of the images the model process's painted model was given, oldest first."""
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def on_map(column: float, row: float) -> QgsPointXY:
    return QgsPointXY(ORIGIN[0] + PIXEL * column, ORIGIN[1] - PIXEL * row)


def tanks_in(geometry) -> list[str]:
    return sorted(name for name, (x, y) in TANKS.items() if geometry.contains(on_map(x, y)))


def click(canvas, name: str) -> None:
    point = canvas.getCoordinateTransform().transform(on_map(*TANKS[name]))
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(round(point.x()), round(point.y())))  # fmt: skip


def write_tiles(folder) -> str:
    """The tank scene on ground, cut into ZOOM/x/y.png tiles under ``folder``; the layer's URL."""
    image = np.full((2 * TILE, 2 * TILE, 3), GROUND, np.uint8)
    scene = tank_scene()
    image[PLACED : PLACED + scene.shape[0], PLACED : PLACED + scene.shape[1]] = scene
    for dx in range(2):
        for dy in range(2):
            tile = np.ascontiguousarray(image[dy * TILE : (dy + 1) * TILE, dx * TILE : (dx + 1) * TILE])
            path = folder / str(ZOOM) / str(FIRST_TILE[0] + dx) / f"{FIRST_TILE[1] + dy}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            picture = QImage(tile.data, TILE, TILE, 3 * TILE, QImage.Format.Format_RGB888)
            assert picture.save(str(path))
    return f"file://{folder}/{{z}}/{{x}}/{{y}}.png"


def xyz_layer(url: str, name: str) -> QgsRasterLayer:
    layer = QgsRasterLayer(f"type=xyz&url={url}&zmax={ZOOM}&zmin={ZOOM}", name, "wms")
    assert layer.isValid()
    return layer


@pytest.fixture
def web_tanks(qgis_iface, qgis_new_project, tmp_path, monkeypatch):
    """The tank scene as an XYZ layer of local tiles on the shown canvas in Web Mercator, and the panel
    with the logged painted model. Yields (dock, controller, canvas, log)."""
    monkeypatch.setenv("RRSIS_QGIS_MODEL_SETUP", "tests.logged_painted:register")
    close_model_process()  # the next one registers the logged model
    log = tmp_path / "encoded.jsonl"
    model = tmp_path / "painted"
    model.mkdir()
    config = {"model_type": "logged-painted-objects", "phrases": PAINTED, "log": str(log)}
    (model / "config.json").write_text(json.dumps(config))
    (tmp_path / "tiles").mkdir()
    layer = xyz_layer(write_tiles(tmp_path / "tiles"), "tanks online")
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    project.addMapLayer(layer)
    window = qgis_iface.mainWindow()
    window.show()  # a hidden canvas keeps a stale output size, and its picture would be a few pixels
    QCoreApplication.processEvents()
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(project.crs())
    canvas.setExtent(QgsRectangle(on_map(0, 200), on_map(240, 0)))
    canvas.refresh()
    dock = SegmentDock(qgis_iface.mainWindow())
    dock.add_model("logged painted", str(model))
    dock.layer_combo.setLayer(layer)
    controller = SegmentController(qgis_iface, dock)
    yield dock, controller, canvas, log
    controller.shutdown()
    dock.deleteLater()
    window.hide()
    close_model_process()


def test_refining_a_result_on_an_xyz_layer_encodes_its_picture_once(web_tanks):
    dock, controller, canvas, log = web_tanks
    QTest.keyClicks(dock.expression_edit, "the gray tank")
    QTest.mouseClick(dock.segment_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: not controller.busy, timeout=30)
    (layer,) = [
        layer for layer in QgsProject.instance().mapLayers().values() if isinstance(layer, QgsVectorLayer)
    ]
    (before,) = layer.getFeatures()
    assert tanks_in(before.geometry()) == ["c"]
    assert len(encoded(log)) == 1  # the text run's rendered picture

    QTest.mouseClick(dock.refine_button, Qt.MouseButton.LeftButton)  # the history row is selected
    session = controller.refine_session
    assert session is not None and "Refining 'the gray tank'" in dock.status_label.text()
    click(canvas, "d")  # made while the view may still be rendering: it waits for the picture
    previewed(controller, ["c", "d"], on_map)
    picture = session.picture.path
    assert os.path.exists(picture)
    click(canvas, "b")
    request = session.task.request  # the second click's: it names the picture, it carries no pixels
    assert request.rendered is None and request.raster_path == picture
    previewed(controller, ["b", "c", "d"], on_map)
    assert len(encoded(log)) == 2  # the session's picture once; the second click ran the decoder alone

    QTest.keyClick(canvas, Qt.Key.Key_Return)
    wait_for(lambda: controller.refine_session is None, timeout=30)
    (after,) = layer.getFeatures()
    assert after.id() == before.id() and tanks_in(after.geometry()) == ["b", "c", "d"]
    assert after["expression"] == "the gray tank" and after["prompt"] == "text + clicks"
    assert len(encoded(log)) == 2 and not os.path.exists(picture)  # the picture goes with the session


def test_a_pan_during_the_clicks_renders_the_new_view_instead_of_reusing_the_picture(web_tanks):
    dock, controller, canvas, log = web_tanks
    dock.history.clearSelection()
    QTest.mouseClick(dock.refine_button, Qt.MouseButton.LeftButton)
    session = controller.refine_session
    click(canvas, "a")
    previewed(controller, ["a"], on_map)
    first = session.picture.path
    assert len(encoded(log)) == 1

    canvas.setExtent(QgsRectangle(on_map(20, 210), on_map(260, 10)))  # 20 pixels east, 10 south
    canvas.refresh()
    click(canvas, "d")
    previewed(controller, ["a", "d"], on_map)
    second = session.picture.path
    assert second != first and os.path.exists(second) and not os.path.exists(first)
    assert len(encoded(log)) == 2  # the new view, encoded once

    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    assert controller.refine_session is None and not os.path.exists(second)


def test_a_web_layer_that_draws_nothing_says_so(web_tanks, tmp_path):
    dock, controller, canvas, log = web_tanks
    offline = xyz_layer(f"file://{tmp_path}/no-tiles/{{z}}/{{x}}/{{y}}.png", "tanks offline")
    QgsProject.instance().addMapLayer(offline)
    dock.layer_combo.setLayer(offline)
    QTest.mouseClick(dock.refine_button, Qt.MouseButton.LeftButton)
    session = controller.refine_session
    wait_for(lambda: session.render_job is None, timeout=30)
    said = "'tanks offline' drew nothing over this view: a web layer may be offline"
    assert said in dock.status_label.text()

    click(canvas, "a")  # the click renders again, and says the same
    wait_for(lambda: session.render_job is None, timeout=30)
    assert said in dock.status_label.text()
    assert session.task is None and session.picture.path is None and encoded(log) == []
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
