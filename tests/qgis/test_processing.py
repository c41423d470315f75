"""The Processing algorithm "Segment raster by text" in real QGIS, through processing.run, on a 4096 x 4096
GeoTIFF whose bright discs sit across tile seams, with a deterministic model registered by the test."""

from __future__ import annotations

import json
import tracemalloc

import numpy as np
import processing
import pytest
import rasterio
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsVectorLayer,
)
from rasterio.transform import from_origin

from rrsis_qgis.core.model_manager import register_model_type
from rrsis_qgis.core.predictor import Prediction
from rrsis_qgis.processing.provider import RrsisProvider

SIDE, RADIUS, PIXEL = 4096, 60, 0.5
# Stride of 1024-pixel tiles with 128 pixels of overlap: 896. Discs centred on seams and on a corner.
DISCS = [(896, 400), (1792, 1792), (2300, 896), (3500, 3000), (600, 2600)]


class BrightObjects:
    """Marks bright pixels; counts how many tiles it saw."""

    name = "bright-objects"
    images = 0

    def set_image(self, image):
        type(self).images += 1
        self.image = image

    def predict(self, text, *, threshold=0.5):
        mask = self.image.mean(axis=2) > 128
        return Prediction(mask=mask, probability=mask.astype(np.float32), score=0.9)

    def predict_batch(self, texts, *, threshold=0.5):
        return [self.predict(text) for text in texts]


@pytest.fixture(scope="module")
def provider(qgis_app, qgis_processing):
    register_model_type("bright-objects", lambda folder, name, device, compile, precision: BrightObjects())
    provider = RrsisProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


@pytest.fixture(scope="module")
def model_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bright-model")
    (folder / "config.json").write_text(json.dumps({"model_type": "bright-objects"}))
    return folder


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    path = tmp_path_factory.mktemp("scene") / "discs.tif"
    rows, columns = np.ogrid[:SIDE, :SIDE]
    band = np.full((SIDE, SIDE), 40, dtype=np.uint8)
    for column, row in DISCS:
        band[(rows - row) ** 2 + (columns - column) ** 2 <= RADIUS**2] = 220
    profile = dict(driver="GTiff", width=SIDE, height=SIDE, count=3, dtype="uint8", crs="EPSG:32613")
    with rasterio.open(
        path, "w", transform=from_origin(450000, 4440000, PIXEL, PIXEL), tiled=True, **profile
    ) as out:
        for index in (1, 2, 3):
            out.write(band, index)
    return str(path)


def _run(scene, model_folder, feedback=None, **parameters):
    defaults = {
        "INPUT": scene,
        "EXPRESSIONS": "the bright discs",
        "MODEL": str(model_folder),
        "TILE_SIZE": 1024,
        "OVERLAP": 128,
        "OUTPUT": "memory:",
    }
    result = processing.run("rrsis:segmentrasterbytext", {**defaults, **parameters}, feedback=feedback)
    return result["OUTPUT"]


def test_objects_on_tile_seams_come_out_whole(provider, scene, model_folder):
    BrightObjects.images = 0
    output = _run(scene, model_folder, EXPRESSIONS="the bright discs\nall white circles")
    assert BrightObjects.images == 25  # 5 x 5 tiles, each encoded once for both expressions
    features = list(output.getFeatures())
    disc_area = np.pi * RADIUS**2 * PIXEL**2
    for expression in ("the bright discs", "all white circles"):
        polygons = [f for f in features if f["expression"] == expression]
        assert len(polygons) == len(DISCS)  # one polygon per disc, never two halves
        for feature in polygons:
            assert feature.geometry().isGeosValid()
            assert feature["area_m2"] == pytest.approx(disc_area, rel=0.02)
    assert output.crs().authid() == "EPSG:32613"


def test_an_extent_and_a_polygon_mask_limit_the_search(provider, scene, model_folder):
    x0, y0 = 450000, 4440000
    # The extent covers the top 1000 rows (discs at rows 400 and 896); the mask keeps the one at column 896.
    extent = f"{x0},{x0 + SIDE * PIXEL},{y0 - 1000 * PIXEL},{y0} [EPSG:32613]"
    mask = QgsVectorLayer("Polygon?crs=EPSG:32613", "mask", "memory")
    square = QgsFeature()
    square.setGeometry(
        QgsGeometry.fromWkt(
            f"POLYGON(({x0} {y0},{x0 + 600} {y0},{x0 + 600} {y0 - 600},{x0} {y0 - 600},{x0} {y0}))"
        )
    )
    mask.dataProvider().addFeatures([square])
    output = _run(scene, model_folder, EXTENT=extent)
    assert output.featureCount() == 2  # the other three discs lie below the extent
    masked = _run(scene, model_folder, EXTENT=extent, MASK=mask)
    assert masked.featureCount() == 1
    geometry = next(masked.getFeatures()).geometry()
    assert geometry.boundingBox().xMaximum() <= x0 + 600 + 1e-6  # clipped to the mask square


def test_tiles_below_the_score_threshold_are_left_out(provider, scene, model_folder):
    assert _run(scene, model_folder, MIN_SCORE=0.95).featureCount() == 0  # the model scores 0.9
    assert _run(scene, model_folder, MIN_SCORE=0.85).featureCount() == len(DISCS)


def test_cancel_stops_within_one_tile(provider, scene, model_folder):
    class CancelAfterFirstTile(QgsProcessingFeedback):
        def setProgress(self, progress):
            super().setProgress(progress)
            if BrightObjects.images >= 1:
                self.cancel()

    BrightObjects.images = 0
    _run(scene, model_folder, feedback=CancelAfterFirstTile())
    assert BrightObjects.images == 1


def test_memory_scales_with_the_tile_not_the_raster(provider, scene, model_folder, capsys):
    peaks = {}
    for tile in (512, 1024):
        tracemalloc.start()
        _run(scene, model_folder, TILE_SIZE=tile, OVERLAP=64)
        peaks[tile] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    raster_bytes = SIDE * SIDE * 3
    with capsys.disabled():
        megabytes = {tile: f"{peak / 2**20:.0f} MiB" for tile, peak in peaks.items()}
        print(f"\npeak traced memory by tile size: {megabytes}; the raster: {raster_bytes / 2**20:.0f} MiB")
    assert peaks[512] < peaks[1024] < raster_bytes / 2, peaks
    # A 1024-pixel tile holds about 4x the pixels of a 512-pixel one; the peak follows the tile.
    assert peaks[1024] < 6 * peaks[512], peaks


def test_a_raster_that_is_not_a_file_is_refused_with_a_message(provider, model_folder):
    layer = QgsRasterLayer("type=xyz&url=file:///nowhere/{z}/{x}/{y}.png", "tiles", "wms")
    with pytest.raises(Exception, match="read from a file"):
        _run(layer, model_folder)
