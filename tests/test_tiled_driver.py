"""The one tiled driver (model_process/tiled_driver.py) under its two failure policies, on the local engine
with a real model type: Processing's run stops on a failed tile with the tile's own error; a batch job
records it, finishes the other tiles, and its next run retries only that tile."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from rrsis_qgis.batch.job import BatchSettings, job_folder, run_batch
from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.model_process.model_manager import ModelManager
from rrsis_qgis.model_process.tiled_run import tiled_features
from rrsis_qgis.models.registry import register_model_type
from rrsis_qgis.protocol.messages import TileJob, TilesRequest
from tests.batch_models import BrightObjects
from tests.conftest import REPO_ROOT

SIDE, TILE, OVERLAP = 256, 128, 32  # stride 96: 3 x 3 tiles
FAILING = 3  # the fourth image a model is given


class FailsWhileMarked(BrightObjects):
    """Bright objects, but its fourth image raises (a bug in a model's code) while the marker file exists."""

    def __init__(self, marker: str) -> None:
        self.marker = marker
        self.seen = 0

    def set_image(self, image):
        self.seen += 1
        type(self).images += 1
        if self.seen == FAILING + 1 and os.path.exists(self.marker):
            raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")
        self.image = image


@pytest.fixture(autouse=True)
def model_type():
    register_model_type(
        "fails-while-marked",
        lambda context: FailsWhileMarked(json.loads((context.folder / "config.json").read_text())["marker"]),
    )
    FailsWhileMarked.images = 0


@pytest.fixture
def raster(tmp_path):
    band = np.full((SIDE, SIDE), 40, dtype=np.uint8)
    band[76:116, 76:116] = 220  # one square across the corner of the first four tiles' cores
    path = tmp_path / "square.tif"
    profile = dict(driver="GTiff", width=SIDE, height=SIDE, count=3, dtype="uint8", crs="EPSG:32613")
    with rasterio.open(path, "w", transform=from_origin(450000, 4440000, 0.5, 0.5), **profile) as out:
        out.write(np.stack([band] * 3))
    return str(path)


@pytest.fixture
def model(tmp_path):
    folder = tmp_path / "model"
    folder.mkdir()
    marker = tmp_path / "fail"
    marker.touch()
    (folder / "config.json").write_text(
        json.dumps({"model_type": "fails-while-marked", "marker": str(marker)})
    )
    return str(folder), marker


def test_processing_stops_on_a_failed_tile_with_its_own_error_and_runs_no_further_tile(raster, model):
    job = TileJob(model[0], ("the bright square",), RunSettings(device="cpu"))
    request = TilesRequest(job=job, raster_path=raster, tile=TILE, overlap=OVERLAP)
    with pytest.raises(TypeError, match="unsupported operand"):  # a bug stays a bug, with its traceback
        for _ in tiled_features(request, ModelManager()):
            pass
    assert FailsWhileMarked.images == FAILING + 1


def test_a_batch_job_records_a_failed_tile_runs_the_others_and_its_next_run_retries_only_that_one(
    raster, model, tmp_path
):
    folder, marker = model
    out = tmp_path / "square.gpkg"
    settings = BatchSettings(
        rasters=[raster],
        texts=["the bright square"],
        model=folder,
        out=out,
        tile=TILE,
        overlap=OVERLAP,
        run=RunSettings(device="cpu"),
    )
    report = run_batch(settings)
    assert report.failed_tiles == [("0-3", "TypeError: unsupported operand type(s) for +: 'int' and 'str'")]
    assert FailsWhileMarked.images == 9  # every other tile ran
    assert not out.exists() and len(list((job_folder(out) / "tiles").glob("*.json"))) == 8

    marker.unlink()  # the cause is gone: the same command again
    FailsWhileMarked.images = 0
    report = run_batch(settings)
    assert report.failed_tiles == [] and report.skipped_tiles == 8
    assert FailsWhileMarked.images == 1
    assert report.polygons == 1  # the square, whole across the seams of four tiles


def test_a_ray_worker_does_not_import_the_model_process_server():
    """The engines read the setup hook's variable from its own module, not from server.py."""
    server = "rrsis_qgis.model_process.server"
    code = f"import sys, rrsis_qgis.model_process.engines; print({server!r} in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
