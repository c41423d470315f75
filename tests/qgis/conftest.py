"""Fixtures of the QGIS tests. Their interpreter is QGIS's (no torch, no rasterio): models and scenes
are made in the models' environment (tests.runtime), as the plugin's model process would see them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, QgsRectangle, QgsSettings

from rrsis_qgis.qgis_ui.controller import SegmentController
from rrsis_qgis.qgis_ui.dock import SegmentDock
from tests.conftest import REPO_ROOT
from tests.runtime import made_in_runtime

RGB = str(REPO_ROOT / "tests" / "data" / "rmnp-rgb.tif")
PARK = QgsRectangle(-105.8, 40.25, -105.6, 40.45)  # inside rmnp-rgb.tif, in EPSG:4326


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory) -> Path:
    return Path(made_in_runtime("checkpoint", tmp_path_factory.mktemp("checkpoint")))


@pytest.fixture(scope="session")
def tiny_pslg(tmp_path_factory) -> Path:
    return Path(made_in_runtime("pslg", tmp_path_factory.mktemp("pslg")))


@pytest.fixture(scope="session")
def tiny_sam3_text(tmp_path_factory) -> Path:
    return Path(made_in_runtime("sam3_text", tmp_path_factory.mktemp("sam3")))


@pytest.fixture(scope="session")
def tiny_rs2sam2(tmp_path_factory) -> Path:
    return Path(made_in_runtime("rs2sam2", tmp_path_factory.mktemp("rs2sam2")))


@pytest.fixture(scope="session")
def demo_scene(tmp_path_factory) -> dict:
    """The demo's GeoTIFF scene and expression: {"path", "sentence"}."""
    return made_in_runtime("demo_scene", tmp_path_factory.mktemp("demo"))


@pytest.fixture
def session(qgis_iface, qgis_new_project, tiny_checkpoint):
    """A project with rmnp-rgb.tif, the canvas on the park, a dock with the tiny model, a controller."""
    QgsSettings().remove("rrsis_qgis")
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    raster = QgsRasterLayer(RGB, "rmnp")
    assert raster.isValid()
    project.addMapLayer(raster)
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(project.crs())
    canvas.setExtent(PARK)
    dock = SegmentDock(qgis_iface.mainWindow())
    dock.add_model("tiny test model", str(tiny_checkpoint))
    dock.layer_combo.setLayer(raster)
    controller = SegmentController(qgis_iface, dock)
    # A random model: keep every valid pixel, so results are non-empty.
    controller.run_settings = replace(controller.run_settings, threshold=0.0)
    yield dock, controller, raster, canvas
    controller.shutdown()
    dock.deleteLater()
