"""Bad input to `refer`, `segment` and `batch` through the command line, as a new user gives it: one line
that names the option or the file and says what is wrong, and nothing before it (no warning, no empty
progress bar, no argparse internals)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from tests.conftest import REPO_ROOT

RGB = str(REPO_ROOT / "tests" / "data" / "rmnp-rgb.tif")


def _cli(*arguments, env=None):
    command = [sys.executable, "-m", "rrsis_qgis", *map(str, arguments)]
    environment = None if env is None else {**os.environ, **env}
    return subprocess.run(
        command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, env=environment
    )


def _refused(result, message):
    """Exit 2 with ``message`` as the one line on stderr."""
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.strip().splitlines() == [result.stderr.strip()], result.stderr
    assert message in result.stderr, result.stderr


def _candidates(path, items):
    path.write_text(json.dumps({"storage tank": items}))
    return path


def _box(identifier, x0, y0, score=0.8):
    return {"id": identifier, "box": [x0, y0, x0 + 10, y0 + 10], "score": score}


def test_candidates_sharing_an_id_are_refused_naming_the_id_and_the_file(tmp_path):
    candidates = _candidates(tmp_path / "c.json", [_box("t1", 0, 0), _box("t1", 40, 40)])
    result = _cli("refer", "the white tank", "--image", RGB, "--candidates", candidates)
    _refused(result, f"{candidates}: two candidates of 'storage tank' have the id 't1'")


@pytest.mark.parametrize("expression", ["", "   ", "\x1b[31m"])
def test_an_empty_description_is_said_not_read_as_a_program(expression):
    _refused(_cli("refer", expression), "the description is empty")


def test_a_shape_asked_of_candidates_without_outlines_is_said_not_checked(tmp_path):
    candidates = _candidates(tmp_path / "c.json", [_box("t1", 0, 0), _box("t2", 40, 40)])
    result = _cli("refer", "the round tanks", "--image", RGB, "--candidates", candidates)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["notes"] == ["shapes were not checked: no outline was given for 2 of the 'storage tank'"]
    assert sorted(answer["selected"]) == ["t1", "t2"]  # unjudged, not refused for a box's square shape


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("score", "Infinity", "has a score that is not a finite number (inf)"),
        ("score", "NaN", "has a score that is not a finite number (nan)"),
        ("polygon", "[[0, 0], [NaN, 0], [5, 5]]", "has a polygon point that is not a finite number"),
    ],
)
def test_a_candidate_with_a_score_or_outline_that_is_not_finite_says_which(tmp_path, field, value, message):
    text = '{"storage tank": [{"id": "t1", "box": [0, 0, 10, 10], "FIELD": VALUE}]}'
    text = text.replace("FIELD", field).replace("VALUE", value)  # JSON's NaN and Infinity, as Python writes
    (tmp_path / "c.json").write_text(text)
    result = _cli("refer", "the tank", "--image", RGB, "--candidates", tmp_path / "c.json")
    _refused(result, f"candidate 't1' of 'storage tank' {message}")
    assert "no finite box" not in result.stderr


@pytest.mark.parametrize("crs", ["EPSG:abc", "not a crs"])
def test_segment_names_the_crs_option_and_its_value(tmp_path, crs):
    arguments = ["segment", "--raster", RGB, "--text", "the lake", "--model", "synthetic-demo"]
    result = _cli(*arguments, "--out", tmp_path / "x.gpkg", "--extent=0,0,1,1", "--extent-crs", crs)
    _refused(result, f"--extent-crs {crs!r} is not a coordinate reference system GDAL knows")
    assert list(tmp_path.iterdir()) == []


def test_batch_names_the_crs_option_and_its_value_with_the_same_words(tmp_path):
    arguments = ["batch", "--raster", RGB, "--text", "the lake", "--model", "synthetic-demo"]
    result = _cli(*arguments, "--out", tmp_path / "x.gpkg", "--crs", "EPSG:abc")
    _refused(result, "--crs 'EPSG:abc' is not a coordinate reference system GDAL knows")  # and no bar


def test_a_models_folder_that_is_a_file_is_said_naming_the_variable(tmp_path):
    not_a_folder = tmp_path / "hostname"
    not_a_folder.write_text("a file\n")
    environment = {
        "RRSIS_QGIS_MODELS": str(not_a_folder),
        "HF_HUB_OFFLINE": "1",
        "HF_HUB_CACHE": str(tmp_path / "empty-hub-cache"),
    }
    arguments = ["segment", "--raster", RGB, "--text", "the lake", "--model", "pslg-sam2-tiny"]
    result = _cli(*arguments, "--out", tmp_path / "x.gpkg", env=environment)
    _refused(result, f"RRSIS_QGIS_MODELS={not_a_folder} is a file, not a folder")
    assert f"{not_a_folder}/" not in result.stderr  # no advice to download into the file


def test_a_raster_list_not_in_utf8_is_named_with_the_byte(tmp_path):
    listing = tmp_path / "rasters.txt"
    listing.write_bytes("/data/caf\u00e9.tif\n".encode("latin-1"))
    arguments = ["batch", "--raster-list", listing, "--text", "the lake", "--model", "synthetic-demo"]
    result = _cli(*arguments, "--out", tmp_path / "x.gpkg")
    _refused(result, f"--raster-list {listing} is not UTF-8 text (byte 9): save it as UTF-8")


def test_a_raster_list_saved_with_a_byte_order_mark_reads_its_first_path(tmp_path):
    listing = tmp_path / "rasters.txt"
    listing.write_bytes(f"{tmp_path / 'missing.tif'}\n".encode("utf-8-sig"))
    arguments = ["batch", "--raster-list", listing, "--text", "the lake", "--model", "synthetic-demo"]
    result = _cli(*arguments, "--out", tmp_path / "x.gpkg")
    _refused(result, f"none of the rasters can be read: {tmp_path / 'missing.tif'}: No such file")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--bands", "1,x", "argument --bands: bands must be three band numbers"),
        ("--point", "a,b", "argument --point: a point is X,Y in map coordinates"),
        ("--extent", "0,0,x,1", "argument --extent: give four numbers xmin,ymin,xmax,ymax"),
    ],
)
def test_an_option_of_the_wrong_form_is_said_without_argparses_internal_names(
    tmp_path, option, value, message
):
    arguments = ["segment", "--raster", RGB, "--text", "the lake", "--model", "synthetic-demo"]
    result = _cli(*arguments, "--out", tmp_path / "x.gpkg", f"{option}={value}")
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert "invalid" not in result.stderr and "_parse" not in result.stderr


def test_a_view_of_nodata_only_selects_without_numpy_warnings(tmp_path):
    image = tmp_path / "nan.tif"
    profile = dict(driver="GTiff", width=50, height=40, count=3, dtype="float32", crs="EPSG:32613")
    with rasterio.open(image, "w", transform=from_origin(450000, 4440000, 1, 1), **profile) as dataset:
        dataset.write(np.full((3, 40, 50), np.nan, np.float32))
    candidates = _candidates(tmp_path / "c.json", [_box("t1", 0, 0), _box("t2", 30, 20)])
    result = _cli("refer", "the white tanks", "--image", image, "--candidates", candidates)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert json.loads(result.stdout)["selected"] == []  # nothing there is white
