"""`batch`: many rasters by text into one GeoPackage, on the local engine and on a real local Ray cluster
(127.0.0.1), with tile seams merged, worker and driver deaths survived, and bad input reported."""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from rrsis_qgis.batch.job import BatchSettings, job_folder, run_batch
from rrsis_qgis.batch.journal import Journal
from rrsis_qgis.cli import main
from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.model_process.tiling import TiledCandidate, TileResult
from tests import batch_models
from tests.conftest import REPO_ROOT
from tests.vector_files import read_vector_file

WIDTH, HEIGHT, RADIUS = 1200, 900, 40
TILE, OVERLAP = 512, 64  # stride 448: discs at multiples of 448 sit on seams
DISCS = [(448, 300), (896, 448), (200, 700), (1000, 120), (448, 448)]


@pytest.fixture(scope="module")
def rasters(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mosaic")
    rows, columns = np.ogrid[:HEIGHT, :WIDTH]
    paths = []
    for number, (crs, shift) in enumerate([("EPSG:32613", 0), ("EPSG:32613", 60)]):
        band = np.full((HEIGHT, WIDTH), 40, dtype=np.uint8)
        for column, row in DISCS:
            band[(rows - row - shift) ** 2 + (columns - column) ** 2 <= RADIUS**2] = 220
        path = folder / f"scene{number}.tif"
        profile = dict(driver="GTiff", width=WIDTH, height=HEIGHT, count=3, dtype="uint8", crs=crs)
        transform = from_origin(450000 + number * 1000, 4440000, 0.5, 0.5)
        with rasterio.open(path, "w", transform=transform, **profile) as out:
            for index in (1, 2, 3):
                out.write(band, index)
        paths.append(str(path))
    return paths


def _model(tmp_path, model_type, **settings):
    folder = tmp_path / model_type
    folder.mkdir(exist_ok=True)
    (folder / "config.json").write_text(json.dumps({"model_type": model_type, **settings}))
    return str(folder)


@pytest.fixture(autouse=True)
def model_types():
    batch_models.register()


def _settings(rasters, out, model, **overrides):
    return BatchSettings(
        rasters=rasters,
        texts=["the bright discs", "all white circles"],
        model=model,
        out=out,
        tile=TILE,
        overlap=OVERLAP,
        run=RunSettings(device="cpu"),
        **overrides,
    )


def _features(path):
    """(raster, expression, area, normalised WKT) of every polygon, sorted."""
    rows = []
    for geometry, fields in read_vector_file(path).rows:
        wkt = geometry.normalize().wkt
        rows.append((fields["raster"], fields["expression"], round(fields["area_m2"], 6), wkt))
    return sorted(rows)


@pytest.fixture(scope="module")
def local_output(rasters, tmp_path_factory):
    batch_models.register()
    folder = tmp_path_factory.mktemp("local")
    out = folder / "local.gpkg"
    report = run_batch(_settings(rasters, out, _model(folder, "bright-objects")))
    assert report.failed_tiles == [] and report.tiles == 2 * 9
    return out


def test_the_local_engine_finds_every_object_whole_across_tile_seams(local_output):
    rows = _features(local_output)
    disc_area = np.pi * RADIUS**2 * 0.25
    for raster in ("scene0.tif", "scene1.tif"):
        for expression in ("the bright discs", "all white circles"):
            areas = [area for name, text, area, _ in rows if (name, text) == (raster, expression)]
            assert len(areas) == len(DISCS)  # one polygon per disc, never two halves
            assert areas == pytest.approx([disc_area] * len(DISCS), rel=0.03)
    assert not job_folder(local_output).exists()  # a finished job leaves only its output


@pytest.fixture(scope="module")
def ray_cluster():
    ray = batch_models.start_local_ray()
    yield ray
    ray.shutdown()


@pytest.mark.parametrize("workers", [1, 2])
def test_the_ray_engine_writes_what_the_local_engine_writes(
    ray_cluster, rasters, local_output, tmp_path, workers
):
    out = tmp_path / "ray.gpkg"
    report = run_batch(
        _settings(rasters, out, _model(tmp_path, "bright-objects"), engine="ray", workers=workers)
    )
    assert report.failed_tiles == [] and report.polygons == len(_features(local_output))
    assert _features(out) == _features(local_output)


def test_a_worker_that_dies_mid_job_is_replaced_and_the_output_is_the_same(
    ray_cluster, rasters, local_output, tmp_path
):
    marker = tmp_path / "died"
    model = _model(tmp_path, "dies-once", marker=str(marker))
    out = tmp_path / "survived.gpkg"
    report = run_batch(_settings(rasters, out, model, engine="ray", workers=2))
    assert marker.exists()  # a worker process did die
    assert report.failed_tiles == []
    assert _features(out) == _features(local_output)


DRIVER = """
import sys
from tests import batch_models
batch_models.register()
from rrsis_qgis.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_killed_job_run_again_resumes_and_writes_the_same_output(rasters, local_output, tmp_path):
    out = tmp_path / "resumed.gpkg"
    arguments = ["batch", "--raster", *rasters, "--text", "the bright discs", "--text", "all white circles"]
    arguments += ["--model", _model(tmp_path, "slow-bright-objects"), "--out", str(out), "--device", "cpu"]
    arguments += ["--tile", str(TILE), "--overlap", str(OVERLAP)]
    driver = subprocess.Popen([sys.executable, "-c", DRIVER, *arguments], cwd=REPO_ROOT)
    tiles = job_folder(out) / "tiles"
    deadline = time.monotonic() + 120
    while len(list(tiles.glob("*.json"))) < 4:
        assert time.monotonic() < deadline and driver.poll() is None
        time.sleep(0.05)
    driver.send_signal(signal.SIGKILL)
    driver.wait()
    assert not out.exists()
    done_before = len(list(tiles.glob("*.json")))

    result = subprocess.run(
        [sys.executable, "-c", DRIVER, *arguments], cwd=REPO_ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"Resumed: {done_before} of 18 tiles were done by an earlier run" in result.stdout
    assert _features(out) == _features(local_output)  # nothing lost, nothing twice


def test_an_unreadable_raster_is_reported_and_the_others_finish(rasters, tmp_path, capsys):
    broken = tmp_path / "broken.tif"
    broken.write_bytes(b"not a raster")
    out = tmp_path / "partial.gpkg"
    arguments = ["batch", "--raster", str(broken), rasters[0], "--text", "the bright discs"]
    arguments += ["--model", _model(tmp_path, "bright-objects"), "--out", str(out), "--device", "cpu"]
    assert main([*arguments, "--tile", str(TILE), "--overlap", str(OVERLAP)]) == 0
    printed = capsys.readouterr().out
    assert f"Skipped {broken}:" in printed and "5 polygon(s) from 9 tiles" in printed
    assert {row[0] for row in _features(out)} == {"scene0.tif"}


@pytest.mark.parametrize("address", ["127.0.0.1:1", "ray://127.0.0.1:1"])
def test_an_unreachable_cluster_is_one_line_after_the_connect_timeout(rasters, tmp_path, address):
    """Nothing listens on port 1 of this machine: given to Ray, such an address is retried for minutes."""
    arguments = ["batch", "--raster", rasters[0], "--text", "the bright discs", "--engine", "ray"]
    arguments += [
        "--address",
        address,
        "--connect-timeout",
        "2",
        "--model",
        _model(tmp_path, "bright-objects"),
    ]
    arguments += ["--out", str(tmp_path / "x.gpkg")]
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "rrsis_qgis", *arguments],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 2 and time.monotonic() - started < 30
    lines = [line for line in result.stderr.splitlines() if line and not line.startswith("tiles:")]  # bar
    assert lines == [
        f"rrsis batch: cannot reach the Ray cluster at '{address}' within 2 s (Connection refused): is it "
        "running there? A cluster's address is HOST:6379 (`ray start --head` prints it), or "
        "ray://HOST:10001 for Ray Client"
    ]


def _stopped_within_five_seconds(driver, signal_number=signal.SIGTERM):
    driver.send_signal(signal_number)
    sent = time.monotonic()
    _, stderr = driver.communicate(timeout=60)
    return time.monotonic() - sent < 5.0, driver.returncode, stderr


def test_sigterm_while_waiting_for_a_cluster_ends_the_job_within_five_seconds(rasters, tmp_path):
    arguments = ["batch", "--raster", rasters[0], "--text", "the bright discs", "--engine", "ray"]
    arguments += ["--address", "127.0.0.1:1", "--model", _model(tmp_path, "bright-objects")]
    arguments += ["--out", str(tmp_path / "x.gpkg")]
    driver = subprocess.Popen(
        [sys.executable, "-m", "rrsis_qgis", *arguments], cwd=REPO_ROOT, stderr=subprocess.PIPE, text=True
    )
    seen = ""
    while "tiles:" not in seen:  # the progress bar: the command runs, with its SIGTERM handler
        character = driver.stderr.read(1)
        assert character, seen
        seen += character
    time.sleep(3.0)  # into the wait for the address to answer (30 s by default)
    assert driver.poll() is None
    in_time, status, stderr = _stopped_within_five_seconds(driver)
    assert in_time and status == 143, stderr
    assert stderr.strip().splitlines()[-1] == "rrsis batch: interrupted; nothing was written"


@pytest.mark.parametrize("engine", ["local", "ray"])
def test_sigterm_mid_job_ends_it_within_five_seconds_and_the_job_resumes(
    rasters, local_output, tmp_path, engine
):
    out = tmp_path / "stopped.gpkg"
    arguments = ["batch", "--raster", *rasters, "--text", "the bright discs", "--text", "all white circles"]
    arguments += ["--model", _model(tmp_path, "slow-bright-objects"), "--out", str(out), "--device", "cpu"]
    arguments += ["--tile", str(TILE), "--overlap", str(OVERLAP), "--engine", engine]
    environment = {**os.environ, "RRSIS_QGIS_MODEL_SETUP": "tests.batch_models:register"}  # Ray's workers
    driver = subprocess.Popen(
        [sys.executable, "-c", DRIVER, *arguments],
        cwd=REPO_ROOT,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    tiles = job_folder(out) / "tiles"
    deadline = time.monotonic() + 120
    while len(list(tiles.glob("*.json"))) < 3:
        assert time.monotonic() < deadline and driver.poll() is None
        time.sleep(0.05)
    in_time, status, stderr = _stopped_within_five_seconds(driver)
    assert in_time and status == 143, stderr
    assert "interrupted; nothing was written" in stderr and "Traceback" not in stderr
    done_before = len(list(tiles.glob("*.json")))
    assert not out.exists() and 3 <= done_before < 18  # the job folder is kept for the next run

    result = subprocess.run(
        [sys.executable, "-c", DRIVER, *arguments],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env=environment,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"Resumed: {done_before} of 18 tiles were done by an earlier run" in result.stdout
    assert _features(out) == _features(local_output)


def test_an_empty_text_is_refused_before_any_work(rasters, tmp_path, capsys):
    out = tmp_path / "x.gpkg"
    arguments = [
        "batch",
        "--raster",
        rasters[0],
        "--text",
        "  ",
        "--model",
        _model(tmp_path, "bright-objects"),
    ]
    assert main([*arguments, "--out", str(out)]) == 2
    assert "the description is empty" in capsys.readouterr().err
    assert not out.exists() and not job_folder(out).exists()


def test_rasters_in_different_crss_need_crs_and_come_out_in_it(rasters, local_output, tmp_path):
    other = tmp_path / "scene-utm14.tif"
    with rasterio.open(rasters[0]) as source:
        profile = {**source.profile, "crs": "EPSG:32614"}
        with rasterio.open(other, "w", **profile) as out:
            out.write(source.read())
    model = _model(tmp_path, "bright-objects")
    with pytest.raises(ValueError, match=r"different coordinate reference systems.*--crs"):
        run_batch(_settings([rasters[0], str(other)], tmp_path / "mixed.gpkg", model))
    out = tmp_path / "common.gpkg"
    run_batch(_settings([rasters[0], str(other)], out, model, crs="EPSG:4326"))
    written = read_vector_file(out)
    assert written.crs.to_epsg() == 4326
    areas = sorted(fields["area_m2"] for _, fields in written.rows)
    expected = sorted(row[2] for row in _features(local_output) if row[0] == "scene0.tif") * 2
    assert areas == pytest.approx(sorted(expected), rel=1e-6)  # measured in each raster's own CRS


def test_a_job_folder_of_other_arguments_is_started_afresh_and_says_what_changed(rasters, tmp_path, capsys):
    """A job stopped with --bands 1,2,3, run again with --bands 3,2,1 (say, after a raster was skipped
    for its bands): the new command starts its own job instead of refusing to run."""
    from rrsis_qgis.foundation.errors import Cancelled

    out = tmp_path / "bands.gpkg"
    model = _model(tmp_path, "bright-objects")
    tiles = job_folder(out) / "tiles"
    with pytest.raises(Cancelled):
        run_batch(
            _settings(rasters, out, model, bands=(1, 2, 3)),
            is_cancelled=lambda: len(list(tiles.glob("*.json"))) >= 2,
        )
    assert len(list(tiles.glob("*.json"))) >= 2  # an unfinished job with its tiles

    arguments = ["batch", "--raster", *rasters, "--text", "the bright discs", "--text", "all white circles"]
    arguments += ["--model", model, "--out", str(out), "--device", "cpu", "--bands", "3,2,1"]
    assert main([*arguments, "--tile", str(TILE), "--overlap", str(OVERLAP)]) == 0
    printed = capsys.readouterr().out
    assert (
        f"Started afresh: {job_folder(out)} held the tiles of an unfinished job with other bands" in printed
    )
    assert "Resumed" not in printed and "20 polygon(s) from 18 tiles" in printed
    assert not job_folder(out).exists()


def _cli(rasters, out, model, *options):
    arguments = ["batch", "--raster", *rasters, "--text", "the bright discs", "--text", "all white circles"]
    arguments += ["--model", model, "--out", str(out), "--device", "cpu"]
    return [*arguments, "--tile", str(TILE), "--overlap", str(OVERLAP), *options]


def _stopped_after(settings, tiles_done):
    """Run the job until ``tiles_done`` tiles are in its folder (as if it was killed there)."""
    from rrsis_qgis.foundation.errors import Cancelled

    tiles = job_folder(settings.out) / "tiles"
    with pytest.raises(Cancelled):
        run_batch(settings, is_cancelled=lambda: len(list(tiles.glob("*.json"))) >= tiles_done)
    return tiles


def test_a_raster_rewritten_before_the_job_resumes_has_its_tiles_run_again(
    rasters, local_output, tmp_path, capsys
):
    """Tiles run raster by raster: 12 finished are scene0's 9 and 3 of scene1's, which is then
    rewritten without its discs; the resumed job keeps scene0's tiles and runs all of scene1's."""
    scene1 = tmp_path / "scene1.tif"
    scene1.write_bytes(Path(rasters[1]).read_bytes())
    out = tmp_path / "rewritten.gpkg"
    model = _model(tmp_path, "bright-objects")
    _stopped_after(_settings([rasters[0], str(scene1)], out, model), 12)
    with rasterio.open(scene1, "r+") as dataset:
        dataset.write(np.full((3, HEIGHT, WIDTH), 40, dtype=np.uint8))
    assert main(_cli([rasters[0], str(scene1)], out, model)) == 0
    printed = capsys.readouterr().out
    assert f"{scene1} changed since the job started: its 3 finished tile(s) run again" in printed
    assert "Resumed: 9 of 18 tiles" in printed
    expected = [row for row in _features(local_output) if row[0] == "scene0.tif"]
    assert _features(out) == expected  # the new pixels of scene1: nothing there any more


def test_a_model_replaced_in_its_folder_before_the_job_resumes_runs_every_tile_again(
    rasters, local_output, tmp_path, capsys
):
    out = tmp_path / "replaced.gpkg"
    model = _model(tmp_path, "bright-objects")
    tiles = _stopped_after(_settings(rasters, out, model), 2)
    finished = len(list(tiles.glob("*.json")))
    config = tmp_path / "bright-objects" / "config.json"
    config.write_text(json.dumps({"model_type": "bright-objects", "trained": "again"}))
    assert main(_cli(rasters, out, model)) == 0
    printed = capsys.readouterr().out
    assert f"The model {model} changed since the job started: its {finished} finished tile(s) run" in printed
    assert "Resumed" not in printed and _features(out) == _features(local_output)


def test_a_damaged_tile_file_runs_again_with_a_note_instead_of_failing_every_resume(
    rasters, local_output, tmp_path, capsys
):
    out = tmp_path / "damaged.gpkg"
    model = _model(tmp_path, "bright-objects")
    tiles = _stopped_after(_settings(rasters, out, model), 3)
    finished = len(list(tiles.glob("*.json")))
    text = (tiles / "0-1.json").read_text()
    (tiles / "0-1.json").write_text(text[: len(text) // 2])  # cut short, as a full disk leaves it
    assert main(_cli(rasters, out, model)) == 0
    printed = capsys.readouterr().out
    assert f"Tile 0-1 runs again: its file in {job_folder(out)} was damaged (" in printed
    assert f"Resumed: {finished - 1} of 18 tiles" in printed
    assert _features(out) == _features(local_output)


def test_a_raster_or_text_given_twice_is_segmented_once_with_a_note(rasters, tmp_path, capsys):
    link = tmp_path / "same.tif"
    link.symlink_to(rasters[0])
    relative = os.path.relpath(rasters[0])
    out = tmp_path / "once.gpkg"
    arguments = _cli([rasters[0], str(link), relative], out, _model(tmp_path, "bright-objects"))
    assert main([*arguments, "--text", "the  bright discs "]) == 0
    printed = capsys.readouterr().out
    assert f"Note: {link} is the same file as {rasters[0]}: it is segmented once" in printed
    assert f"Note: {relative} is the same file as {rasters[0]}: it is segmented once" in printed
    assert "Note: --text 'the  bright discs ' repeats 'the bright discs': it is segmented once" in printed
    assert "10 polygon(s) from 9 tiles" in printed  # five discs, two descriptions


def test_out_naming_a_folder_is_refused_before_any_tile_runs(rasters, tmp_path, capsys):
    out = tmp_path / "results.gpkg"
    out.mkdir()
    arguments = _cli(rasters[:1], out, _model(tmp_path, "bright-objects"), "--overwrite")
    assert main(arguments) == 2
    assert f"--out {out} is a folder" in capsys.readouterr().err
    assert not job_folder(out).exists()


def test_min_score_leaves_out_what_the_model_doubts(rasters, tmp_path, capsys):
    out = tmp_path / "doubted.gpkg"
    arguments = _cli(rasters[:1], out, _model(tmp_path, "bright-objects"), "--min-score", "0.95")
    assert main(arguments) == 0  # the model scores every tile 0.9
    assert "0 polygon(s) from 9 tiles" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("wkt", "score"),
    [("POLYGON ((0 0, 1", 0.5), ("POINT (1 1)", 0.5), ("POLYGON ((0 0, 1 0, 1 1, 0 0))", math.nan)],
)
def test_a_tile_file_whose_kept_candidates_are_damaged_runs_again(tmp_path, wkt, score):
    """A whole-raster selection reads the candidates a tile file keeps: a broken one is found on resume,
    not when the selection meets it."""
    journal = Journal(tmp_path / "job", {"texts": ["the leftmost tank"]}, {}, [])
    result = TileResult([], [], found={"storage tank": [TiledCandidate(wkt, score, seam=False)]})
    journal.record("0-0", result)
    assert journal.finished() == {} and [tile for tile, _why in journal.damaged] == ["0-0"]
