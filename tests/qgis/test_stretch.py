"""One stretch per raster in real QGIS: a 16-bit pixel reaches the model as the same 8-bit value from the
panel at two zoom levels and from a Processing tile, and that value is the layer renderer's stretch. The
model runs in the plugin's model process and saves the images it gets, for the test to read."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import numpy as np
import processing
import pytest
from qgis.core import (
    QgsApplication,
    QgsContrastEnhancement,
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication

from rrsis_qgis.processing.provider import RrsisProvider
from rrsis_qgis.qgis_ui.controller import SegmentController
from rrsis_qgis.qgis_ui.dock import PanelRequest, SegmentDock
from rrsis_qgis.qgis_ui.runtime import close_model_process
from tests.qgis.geotiff import write_geotiff

X0, Y0, PIXEL = 440000, 4450000, 10
COLUMN, ROW = 300, 200
RENDERER_LIMITS = {1: (2000.0, 9000.0), 2: (500.0, 6000.0), 3: (300.0, 4000.0)}


@pytest.fixture(scope="module")
def recording_model(tmp_path_factory, qgis_app, qgis_processing):
    """A model folder whose model (in the model process) saves every image it gets; its image folder."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RRSIS_QGIS_MODEL_SETUP", "tests.batch_models:register")
        close_model_process()  # the next one starts with the test's model types
        provider = RrsisProvider()
        QgsApplication.processingRegistry().addProvider(provider)
        folder = tmp_path_factory.mktemp("recording")
        images = folder / "images"
        images.mkdir()
        (folder / "config.json").write_text(json.dumps({"model_type": "saves-images", "images": str(images)}))
        yield str(folder)
        QgsApplication.processingRegistry().removeProvider(provider)
        close_model_process()


def _last_image(model: str) -> np.ndarray:
    return np.load(sorted((Path(model) / "images").iterdir())[-1])


@pytest.fixture
def layer(tmp_path, qgis_new_project):
    """A 16-bit gradient (every window has other percentiles) drawn with a min/max stretch per band."""
    rows, columns = np.mgrid[:512, :512]
    gradient = (1000 + 20 * rows + columns).astype(np.uint16)
    path = str(tmp_path / "gradient.tif")
    write_geotiff(path, np.stack([gradient, gradient // 2, gradient // 3]), (X0, Y0), PIXEL, "EPSG:32613")
    layer = QgsRasterLayer(path, "gradient")
    assert layer.isValid()
    renderer = layer.renderer().clone()
    for band, enhancement in zip(
        (1, 2, 3),
        (
            renderer.redContrastEnhancement(),
            renderer.greenContrastEnhancement(),
            renderer.blueContrastEnhancement(),
        ),
    ):
        enhancement.setContrastEnhancementAlgorithm(QgsContrastEnhancement.StretchToMinimumMaximum)
        enhancement.setMinimumValue(RENDERER_LIMITS[band][0])
        enhancement.setMaximumValue(RENDERER_LIMITS[band][1])
    layer.setRenderer(renderer)
    QgsProject.instance().addMapLayer(layer)
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:32613"))
    return layer


def _panel_pixel(qgis_iface, layer, model, extent: QgsRectangle) -> np.ndarray:
    """The 8-bit value the model got for pixel (COLUMN, ROW) when the panel segmented ``extent``."""
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(layer.crs())
    canvas.setExtent(extent)
    dock = SegmentDock(qgis_iface.mainWindow())
    controller = SegmentController(qgis_iface, dock)
    try:
        controller.segment(PanelRequest(1, "the field", layer.id(), model))
        deadline = time.monotonic() + 60
        while controller.busy:
            assert time.monotonic() < deadline
            QCoreApplication.processEvents()
            time.sleep(0.01)
        image = _last_image(model)
        visible = canvas.extent()
        # Where the view starts, as the reader rounds it: the raster pixel holding its top-left corner.
        column0 = max(0, math.floor((visible.xMinimum() - X0) / PIXEL + 1e-6))
        row0 = max(0, math.floor((Y0 - visible.yMaximum()) / PIXEL + 1e-6))
        assert image.shape[0] * image.shape[1] < 512 * 512 * 1.01  # native resolution, no averaging
        return image[ROW - row0, COLUMN - column0]
    finally:
        controller.shutdown()
        dock.deleteLater()


def test_a_pixel_gets_the_renderers_value_at_two_zooms_and_in_a_processing_tile(
    qgis_iface, layer, recording_model
):
    x, y = X0 + COLUMN * PIXEL, Y0 - ROW * PIXEL
    close = _panel_pixel(qgis_iface, layer, recording_model, QgsRectangle(x - 600, y - 600, x + 600, y + 600))
    far = _panel_pixel(qgis_iface, layer, recording_model, layer.extent())

    parameters = {"INPUT": layer, "EXPRESSIONS": "the field", "MODEL": recording_model, "TILE_SIZE": 512}
    processing.run("rrsis:segmentrasterbytext", {**parameters, "OVERLAP": 0, "OUTPUT": "memory:"})
    tile = _last_image(recording_model)  # one tile: the whole raster
    in_tile = tile[ROW, COLUMN]

    value = 1000 + 20 * ROW + COLUMN
    expected = [
        round((raw - low) * 255 / (high - low))
        for raw, (low, high) in zip((value, value // 2, value // 3), RENDERER_LIMITS.values())
    ]
    assert close.tolist() == far.tolist() == in_tile.tolist() == expected
