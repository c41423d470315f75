"""Fixtures of the QGIS tests. Their interpreter is QGIS's (no torch, no rasterio): models and scenes
are made in the models' environment (tests.runtime), as the plugin's model process would see them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsSettings,
)

from rrsis_qgis.processing.provider import RrsisProvider
from rrsis_qgis.qgis_ui.controller import SegmentController
from rrsis_qgis.qgis_ui.dock import SegmentDock
from rrsis_qgis.qgis_ui.runtime import close_model_process
from tests.conftest import REPO_ROOT
from tests.referring_scene import ORIGIN, PIXEL
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


TANKS_ORIGIN, TANKS_PIXEL = ORIGIN, PIXEL  # where tests.referring_scene puts its tanks on the map


@pytest.fixture
def tanks(qgis_iface, qgis_new_project, tmp_path, monkeypatch):
    """tests.referring_scene's tanks as a GeoTIFF in a project, a 600 px canvas showing it, and the panel
    with the tests' deterministic model (tests.batch_models.PaintedObjects) in its model process:
    "painted" (selected) and "slow painted" (each search takes 1.5 s). Yields (dock, controller, canvas)."""
    import json

    import numpy as np

    from tests.qgis.geotiff import write_geotiff
    from tests.referring_scene import PAINTED, tank_scene

    monkeypatch.setenv("RRSIS_QGIS_MODEL_SETUP", "tests.batch_models:register")
    close_model_process()  # the next one registers the painted-objects model
    config = {"model_type": "painted-objects", "phrases": PAINTED}
    models = {}
    for name, seconds in (("slow painted", 1.5), ("painted", 0.0)):
        models[name] = tmp_path / name.replace(" ", "-")
        models[name].mkdir()
        (models[name] / "config.json").write_text(json.dumps({**config, "seconds": seconds}))
    image = np.moveaxis(tank_scene(), -1, 0)
    path = write_geotiff(tmp_path / "tanks.tif", image, TANKS_ORIGIN, TANKS_PIXEL, "EPSG:32613")
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:32613"))
    raster = QgsRasterLayer(path, "tanks")
    project.addMapLayer(raster)
    canvas = qgis_iface.mapCanvas()
    canvas.resize(600, 600)
    canvas.setDestinationCrs(project.crs())
    canvas.setExtent(raster.extent())
    canvas.refresh()
    dock = SegmentDock(qgis_iface.mainWindow())
    for name, folder in models.items():
        dock.add_model(name, str(folder))
    dock.layer_combo.setLayer(raster)
    controller = SegmentController(qgis_iface, dock)
    yield dock, controller, canvas
    controller.shutdown()
    dock.deleteLater()
    close_model_process()


@pytest.fixture(scope="module")
def provider(qgis_app, qgis_processing):
    """The plugin's Processing provider, its model process knowing the tests' model types."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RRSIS_QGIS_MODEL_SETUP", "tests.batch_models:register")
        close_model_process()  # the next one starts with the test's model types
        provider = RrsisProvider()
        QgsApplication.processingRegistry().addProvider(provider)
        yield provider
        QgsApplication.processingRegistry().removeProvider(provider)
        close_model_process()


class Warnings(QgsProcessingFeedback):
    """A Processing feedback that keeps the warnings a run pushes."""

    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)
        super().pushWarning(warning)
