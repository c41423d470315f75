"""Bad input to `batch` through the command line: links that loop or name one file twice, an output CRS
the polygons cannot be written in, damaged job folders and raster lists. Each is one line naming what is
wrong, or a note, never a traceback or polygons written twice."""

from __future__ import annotations

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
