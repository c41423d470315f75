"""The one tiled driver (model_process/tiled_driver.py) under its two failure policies, on the local engine
with a real model type: Processing's run stops on a failed tile with the tile's own error; a batch job
records it, finishes the other tiles, and its next run retries only that tile. The candidates of a
whole-raster selection wait on disk, not in memory, and their file goes with the run however it ends."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from rrsis_qgis.batch.job import BatchSettings, job_folder, run_batch
from rrsis_qgis.foundation.errors import Cancelled
from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.model_process.engines import LocalEngine, WorkItem
from rrsis_qgis.model_process.model_manager import ModelManager
from rrsis_qgis.model_process.tiled_driver import OnFailure, TiledRun
from rrsis_qgis.model_process.tiled_run import tiled_features
from rrsis_qgis.model_process.tiling import TiledCandidate, open_tiled_raster, plan_tiles
from rrsis_qgis.models.registry import register_model_type
from rrsis_qgis.protocol.messages import TileJob, TilesRequest
from tests.batch_models import BrightObjects
from tests.conftest import REPO_ROOT
from tests.referring_scene import GROUND, WHITE, disc, paint, write_tank_scene

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


# ---- a whole raster's candidates are on disk while its tiles run ----------------------------------------

TANK_GRID = [(16 + 32 * i, 16 + 32 * j) for i in range(8) for j in range(8)]  # 64 tanks, 4 to 9 in a core
MOST_IN_A_TILE = 9


@pytest.fixture
def many_tanks(tmp_path):
    image = np.full((SIDE, SIDE, 3), GROUND, np.uint8)
    for x, y in TANK_GRID:
        paint(image, disc(x, y, 9, points=48), WHITE)
    return str(write_tank_scene(tmp_path / "many.tif", image))


def _whole_raster_run(raster, model, on_failure, is_cancelled=None):
    """A run of "the leftmost tank" (selected over the whole raster) whose ``seen`` lists, after each
    tile: the folder of its candidates' file, the file's size, the candidates in it and the TiledCandidate
    objects alive in this process."""
    job = TileJob(str(model), ("the leftmost tank",), RunSettings(device="cpu"))
    tiled = open_tiled_raster(raster)
    items = [WorkItem(f"0-{n}", tiled, tile) for n, tile in enumerate(plan_tiles(SIDE, SIDE, TILE, OVERLAP))]
    run = TiledRun(LocalEngine(job, ModelManager()), job, items, 0, on_failure, is_cancelled=is_cancelled)
    run.seen = []

    def tile_done(_finished: int, _planned: int) -> None:
        store = run.candidates
        run.seen.append((store.folder, os.path.getsize(store.path), store.count(), _alive_candidates()))

    run.progress = tile_done
    return run


def _alive_candidates() -> int:
    return sum(type(thing) is TiledCandidate for thing in gc.get_objects())


def test_a_whole_raster_run_keeps_its_candidates_in_a_file_that_grows_with_the_tiles_and_goes_with_the_run(
    many_tanks, painted_model
):
    run = _whole_raster_run(many_tanks, painted_model, OnFailure.STOP)
    assert len(list(run.polygons())) == 1
    folders, sizes, counts, alive = zip(*run.seen, strict=True)
    assert len(run.seen) == 9 and len(set(folders)) == 1
    assert list(sizes) == sorted(sizes) and sizes[-1] > sizes[0]
    assert list(counts) == sorted(set(counts)) and counts[-1] == len(TANK_GRID)  # more with every tile
    assert max(alive) <= MOST_IN_A_TILE  # the tile just finished, at most: not the run's
    assert not os.path.exists(folders[0]) and run.candidates is None


def test_the_candidates_file_is_removed_when_a_failed_tile_stops_the_run(many_tanks, failing_painted_model):
    run = _whole_raster_run(many_tanks, failing_painted_model[0], OnFailure.STOP)
    with pytest.raises(TypeError, match="unsupported operand"):
        list(run.polygons())
    assert len(run.seen) == FAILING and run.seen[-1][2] > 0
    assert not os.path.exists(run.seen[0][0]) and run.candidates is None


def test_the_candidates_file_is_removed_when_the_run_is_cancelled(many_tanks, painted_model):
    run = _whole_raster_run(
        many_tanks, painted_model, OnFailure.STOP, is_cancelled=lambda: len(run.seen) == 2
    )
    with pytest.raises(Cancelled):
        list(run.polygons())
    assert len(run.seen) == 2 and run.seen[-1][2] > 0
    assert not os.path.exists(run.seen[0][0]) and run.candidates is None


def test_a_resumed_batch_job_reads_the_tiles_of_its_earlier_run_one_at_a_time(
    many_tanks, failing_painted_model, tmp_path
):
    """Its journal's tiles go to the run's file as the others do: the job never holds them all."""
    folder, marker = failing_painted_model
    alive = []
    settings = BatchSettings(
        rasters=[many_tanks],
        texts=["the leftmost tank"],
        model=str(folder),
        out=tmp_path / "many.gpkg",
        tile=TILE,
        overlap=OVERLAP,
        run=RunSettings(device="cpu"),
    )
    assert len(run_batch(settings).failed_tiles) == 1
    marker.unlink()
    report = run_batch(settings, progress=lambda _done, _tiles: alive.append(_alive_candidates()))
    assert report.skipped_tiles == 8 and report.failed_tiles == [] and report.polygons == 1
    assert max(alive) <= 2 * MOST_IN_A_TILE  # an earlier tile's and the tile run now, at most
