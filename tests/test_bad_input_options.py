"""A setting or a folder the analyst gave, refused in one line that names what they typed: the option
(`--threshold`, not the settings' field `threshold`), or the variable and what is wrong with its folder."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

RGB = str(REPO_ROOT / "tests" / "data" / "rmnp-rgb.tif")


def _refused(arguments, message, env=None):
    environment = None if env is None else {**os.environ, **env}
    result = subprocess.run(
        [sys.executable, "-m", "rrsis_qgis", *map(str, arguments)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.strip().splitlines() == [result.stderr.strip()], result.stderr
    assert message in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("option", "said"),
    [
        (["--threshold", "nan"], "--threshold must be a number, not nan"),
        (["--min-pixels=-3"], "--min-pixels must be at least 0, not -3"),
        (["--simplify=-1"], "--simplify must be at least 0.0, not -1.0"),
    ],
)
def test_a_setting_out_of_range_names_its_option(tmp_path, option, said):
    arguments = ["segment", "--raster", RGB, "--text", "the lake", "--model", "synthetic-demo", *option]
    _refused([*arguments, "--out", tmp_path / "x.gpkg"], said)


@pytest.mark.parametrize("kind", ["dangling", "loop"])
def test_a_models_folder_that_is_a_link_to_nowhere_is_said_naming_the_variable(tmp_path, kind):
    link = tmp_path / "models"
    if kind == "dangling":
        link.symlink_to(tmp_path / "gone")
    else:
        link.symlink_to(tmp_path / "other")
        (tmp_path / "other").symlink_to(link)
    environment = {
        "RRSIS_QGIS_MODELS": str(link),
        "HF_HUB_OFFLINE": "1",
        "HF_HUB_CACHE": str(tmp_path / "hub"),
    }
    arguments = ["segment", "--raster", RGB, "--text", "the lake", "--model", "pslg-sam2-tiny"]
    _refused(
        [*arguments, "--out", tmp_path / "x.gpkg"],
        f"RRSIS_QGIS_MODELS={link} is a symbolic link that leads to no folder",
        environment,
    )


def test_an_extent_beyond_its_crs_says_so_with_the_numbers_typed(tmp_path):
    """±1e308 in UTM has no place in the raster's WGS 84: said with the numbers the analyst typed, not the
    infinities a transformation made of them."""
    arguments = ["segment", "--raster", RGB, "--text", "the lake", "--model", "synthetic-demo"]
    extent = ["--extent=-1e308,-1e308,1e308,1e308", "--extent-crs", "EPSG:32613"]
    _refused(
        [*arguments, *extent, "--out", tmp_path / "x.gpkg"],
        "the extent -1e+308, -1e+308, 1e+308, 1e+308 lies outside the range of its coordinate",
    )


@pytest.mark.parametrize("box", ["1,2,3", "1,2,3,4,5"])
def test_a_box_of_other_than_four_numbers_says_four_are_needed(tmp_path, box):
    arguments = ["segment", "--raster", RGB, "--model", "synthetic-demo", f"--box={box}"]
    result = subprocess.run(
        [sys.executable, "-m", "rrsis_qgis", *arguments, "--out", str(tmp_path / "x.gpkg")],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "argument --box: give four numbers xmin,ymin,xmax,ymax" in result.stderr
