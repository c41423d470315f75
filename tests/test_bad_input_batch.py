"""Bad input to `batch` through the command line: links that loop or name one file twice, an output CRS
the polygons cannot be written in, damaged job folders and raster lists. Each is one line naming what is
wrong, or a note, never a traceback or polygons written twice."""

from __future__ import annotations

import json
import os
import shutil

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from tests.test_bad_input_cli import RGB, _cli, _refused

BATCH = ["batch", "--text", "the white tanks", "--model", "synthetic-demo"]


def test_a_symlink_loop_among_the_rasters_is_skipped_and_the_job_goes_on(tmp_path):
    (tmp_path / "loopA").symlink_to(tmp_path / "loopB")
    (tmp_path / "loopB").symlink_to(tmp_path / "loopA")
    out = tmp_path / "o.gpkg"
    result = _cli(*BATCH, "--raster", RGB, tmp_path / "loopA", "--out", out)
    assert result.returncode == 0, result.stderr
    assert f"Skipped {tmp_path / 'loopA'}: too many levels of symbolic links" in result.stdout
    assert "from 1 tiles" in result.stdout and out.is_file()


def test_a_hard_link_to_a_raster_is_segmented_once_with_a_note(tmp_path):
    raster = tmp_path / "rgb.tif"
    shutil.copy(RGB, raster)
    os.link(raster, tmp_path / "same.tif")
    result = _cli(*BATCH, "--raster", raster, tmp_path / "same.tif", "--out", tmp_path / "o.gpkg")
    assert result.returncode == 0, result.stderr
    assert (
        f"Note: {tmp_path / 'same.tif'} is the same file as {raster}: it is segmented once" in result.stdout
    )
    assert "from 1 tiles" in result.stdout


@pytest.mark.parametrize("crs", ['LOCAL_CS["x",UNIT["metre",1]]', "EPSG:5703", "EPSG:4978"])
def test_an_output_crs_that_is_not_a_map_crs_is_refused_before_any_tile(tmp_path, crs):
    result = _cli(*BATCH, "--raster", RGB, "--out", tmp_path / "o.gpkg", "--crs", crs)
    _refused(result, f"--crs {crs!r} is not a map coordinate reference system (projected or geographic")
    assert list(tmp_path.iterdir()) == []  # no job folder left to crash every re-run


def test_a_raster_whose_crs_cannot_reach_the_output_crs_is_refused_before_any_tile(tmp_path):
    raster = tmp_path / "local.tif"
    profile = {"driver": "GTiff", "width": 64, "height": 64, "count": 3, "dtype": "uint8"}
    engineering = 'LOCAL_CS["x",UNIT["metre",1]]'
    with rasterio.open(raster, "w", crs=engineering, transform=from_origin(0, 64, 1, 1), **profile) as data:
        data.write(np.zeros((3, 64, 64), dtype=np.uint8))
    result = _cli(*BATCH, "--raster", raster, "--out", tmp_path / "o.gpkg", "--crs", "EPSG:4326")
    _refused(result, "--crs 'EPSG:4326': local.tif cannot be transformed into it (PROJ knows no way")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["local.tif"]


def _stopped_job(out, tiles_done):
    """A job folder with ``tiles_done`` finished tiles of RGB, as a killed job leaves it."""
    from rrsis_qgis.batch.job import BatchSettings, job_folder, run_batch
    from rrsis_qgis.foundation.errors import Cancelled
    from rrsis_qgis.foundation.run_settings import RunSettings

    settings = BatchSettings([RGB], ["the white tanks"], "synthetic-demo", out, tile=256, overlap=32)
    settings.run = RunSettings(device="cpu")
    tiles = job_folder(out) / "tiles"
    with pytest.raises(Cancelled):
        run_batch(settings, is_cancelled=lambda: len(list(tiles.glob("*.json"))) >= tiles_done)
    return tiles


def _resume(out):
    result = _cli(*BATCH, "--raster", RGB, "--out", out, "--tile", 256, "--overlap", 32, "--device", "cpu")
    assert result.returncode == 0, result.stderr
    return result.stdout


def _first_polygon(document):
    """The first polygon object in a tile file's JSON, whatever it is wrapped in."""
    if isinstance(document, dict) and "wkt" in document:
        return document
    children = document.values() if isinstance(document, dict) else document
    for child in children if isinstance(document, (dict, list)) else []:
        found = _first_polygon(child)
        if found is not None:
            return found
    return None


@pytest.fixture(scope="module")
def clean_polygons(tmp_path_factory):
    out = tmp_path_factory.mktemp("clean") / "o.gpkg"
    return _resume(out).splitlines()[-1].split(" polygon(s)")[0]


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("wkt", "garbage", "a polygon's WKT does not parse"),
        ("wkt", "POINT (1 2)", "a polygon's WKT is no polygon"),
        ("expression", "the red roofs", "a polygon answers 'the red roofs', not one of the job's texts"),
        ("score", float("nan"), "a polygon's score is nan"),
    ],
)
def test_a_tile_file_with_a_damaged_polygon_runs_again_with_a_note(
    tmp_path, clean_polygons, field, value, reason
):
    out = tmp_path / "o.gpkg"
    tiles = _stopped_job(out, 4)
    damaged = next(
        path for path in sorted(tiles.glob("*.json")) if _first_polygon(json.loads(path.read_text()))
    )
    document = json.loads(damaged.read_text())
    _first_polygon(document)[field] = value
    damaged.write_text(json.dumps(document))
    printed = _resume(out)
    assert f"Tile {damaged.stem} runs again: its file in {out}.job was damaged ({reason}" in printed
    assert printed.splitlines()[-1].startswith(f"{clean_polygons} polygon(s)")


def test_a_tile_file_copied_under_another_tile_id_is_not_written_twice(tmp_path, clean_polygons):
    out = tmp_path / "o.gpkg"
    tiles = _stopped_job(out, 1)
    (finished,) = tiles.glob("*.json")
    copied = tiles / ("0-1.json" if finished.stem != "0-1" else "0-0.json")
    shutil.copy(finished, copied)
    printed = _resume(out)
    assert f"Tile {copied.stem} runs again: its file in {out}.job was damaged (it holds tile " in printed
    assert printed.splitlines()[-1].startswith(f"{clean_polygons} polygon(s)")


@pytest.mark.parametrize("text", ["", "\n  \n# a comment\n"])
def test_an_empty_raster_list_is_said_naming_it(tmp_path, text):
    listing = tmp_path / "rasters.txt"
    listing.write_text(text)
    result = _cli(*BATCH, "--raster-list", listing, "--out", tmp_path / "o.gpkg")
    _refused(result, f"--raster-list {listing} lists no raster (only blank or # lines)")


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda path: path.mkdir(), "cannot be read (Is a directory)"),
        (lambda path: None, "cannot be read (No such file or directory)"),
        (lambda path: path.write_bytes(RGB.encode() + b"\0\n"), "holds a NUL byte: it is no list of paths"),
    ],
)
def test_a_raster_list_that_cannot_be_read_is_named(tmp_path, make, reason):
    listing = tmp_path / "rasters.txt"
    make(listing)
    result = _cli(*BATCH, "--raster-list", listing, "--out", tmp_path / "o.gpkg")
    _refused(result, f"--raster-list {listing} {reason}")


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda job: (job / "job.json").mkdir(parents=True), "Is a directory"),
        (lambda job: (job.mkdir(), (job / "tiles").write_text("")), "File exists"),
        (lambda job: job.write_text(""), "Not a directory"),
    ],
)
def test_an_odd_job_folder_is_said_not_usable_naming_it(tmp_path, make, reason):
    out = tmp_path / "o.gpkg"
    make(tmp_path / "o.gpkg.job")
    result = _cli(*BATCH, "--raster", RGB, "--out", out)
    _refused(result, f"the job folder {out}.job is not usable ({reason}): delete it, and the job starts")
    assert not list((tmp_path / "o.gpkg.job").rglob(".*.part"))


def test_an_out_name_too_long_is_named(tmp_path):
    out = tmp_path / ("a" * 300 + ".gpkg")
    result = _cli(*BATCH, "--raster", RGB, "--out", out)
    # Python 3.11 meets the name first at the output, 3.14 at the job folder beside it: either way one
    # line naming --out and the reason.
    _refused(result, f"--out {out}")
    assert "File name too long" in result.stderr


def test_an_out_where_no_job_folder_can_be_made_is_named():
    result = _cli(*BATCH, "--raster", RGB, "--out", "/proc/o.gpkg")
    _refused(result, "--out /proc/o.gpkg: the job folder beside it, o.gpkg.job, cannot be made (")


def test_an_output_crs_made_for_the_other_side_of_the_earth_is_noted(tmp_path):
    out = tmp_path / "o.gpkg"
    result = _cli(*BATCH, "--raster", RGB, "--out", out, "--crs", "EPSG:3031")
    assert result.returncode == 0, result.stderr
    assert (
        "Note: rmnp-rgb.tif lies far outside the area that --crs 'EPSG:3031' is made for (25,8"
        in result.stdout
    )
    assert out.is_file()
