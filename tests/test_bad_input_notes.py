"""Bad clicks, each refused with one line that says what is wrong with it: through the CLI (`segment
--point`, `--box`), with the tests' deterministic detector (tests.batch_models.PaintedObjects), and a click
beside the raster told from one outside the view."""

from __future__ import annotations

import subprocess
import sys

import pytest
import rasterio

from rrsis_qgis.model_process.clicks import clicks_on_pixels
from rrsis_qgis.model_process.raster import read_window
from rrsis_qgis.protocol.messages import Clicks
from tests import referring_scene
from tests.conftest import REPO_ROOT

PIXEL, ORIGIN = 0.5, (450000.0, 4440000.0)  # the scene: 240 x 200 pixels, in EPSG:32613
SEGMENT = (
    "import sys; from tests import batch_models; batch_models.register(); "
    "from rrsis_qgis.cli import main; sys.exit(main(sys.argv[1:]))"
)


@pytest.fixture
def scene(tmp_path):
    return referring_scene.write_tank_scene(tmp_path / "tanks.tif")


@pytest.mark.parametrize(
    ("clicks", "option"),
    [
        (["--point", "nan,nan"], "--point"),
        (["--point", "450010,nan"], "--point"),
        (["--point", "450010,4439990", "--negative-point", "inf,4439990"], "--negative-point"),
        (["--box", "nan,4439950,450050,4439990"], "--box"),
        (["--box", "450000,4439950,inf,4439990"], "--box"),
    ],
)
def test_a_click_that_is_not_a_finite_number_is_refused_naming_its_option(
    scene, painted_model, tmp_path, clicks, option
):
    out = tmp_path / "clicked.gpkg"
    arguments = ["segment", "--raster", str(scene), "--checkpoint", str(painted_model), "--out", str(out)]
    result = subprocess.run(
        [sys.executable, "-c", SEGMENT, *arguments, *clicks], cwd=REPO_ROOT, capture_output=True, text=True
    )
    assert result.returncode != 0 and not out.exists()
    assert (
        f"argument {option}: coordinates must be finite numbers, not"
        in result.stderr.strip().splitlines()[-1]
    )


def test_clicks_that_are_not_finite_numbers_are_refused_where_the_model_side_places_them(scene):
    """The panel's clicks reach the model side without the command line's check: refused there too."""
    window = read_window(str(scene))
    with pytest.raises(ValueError, match=r"click coordinates must be finite numbers, not nan, 4439950\.0"):
        clicks_on_pixels(Clicks(((float("nan"), 4439950.0),)), window.crs_wkt, window)


def test_a_click_with_latitude_and_longitude_swapped_is_one_line_not_a_proj_traceback(
    scene, painted_model, tmp_path
):
    out = tmp_path / "clicked.gpkg"
    arguments = ["segment", "--raster", str(scene), "--checkpoint", str(painted_model), "--out", str(out)]
    swapped = ["--point", "40.1,-105.6", "--extent-crs", "EPSG:4326"]  # latitude first: no place in UTM
    result = subprocess.run(
        [sys.executable, "-c", SEGMENT, *arguments, *swapped], cwd=REPO_ROOT, capture_output=True, text=True
    )
    assert result.returncode != 0 and not out.exists()
    assert result.stderr.strip() == (
        "rrsis segment: the click at 40.1, -105.6 cannot be placed on the raster's coordinate reference "
        "system: check that x (easting or longitude) comes first and that the clicks' CRS is the one meant"
    )


def test_a_click_beside_the_raster_is_told_from_one_outside_the_view(scene):
    """The view is the raster's north-west quarter and the columns west of the raster: a click west of
    the raster is beside the raster (panning does not help); one in the raster's east is outside the view."""
    with rasterio.open(scene) as dataset:
        crs, raster_bounds = dataset.crs.to_wkt(), tuple(dataset.bounds)
    view = (ORIGIN[0] - 20, ORIGIN[1] - 50, ORIGIN[0] + 60, ORIGIN[1])
    window = read_window(str(scene), view)
    beside, east = (ORIGIN[0] - 10, ORIGIN[1] - 10), (ORIGIN[0] + 100, ORIGIN[1] - 10)
    with pytest.raises(ValueError, match="a click lies outside the raster: click on its pixels"):
        clicks_on_pixels(Clicks((beside,)), crs, window, raster_bounds)
    with pytest.raises(ValueError, match="a click lies outside the raster"):
        clicks_on_pixels(
            Clicks(box=(ORIGIN[0] - 15, ORIGIN[1] - 20, ORIGIN[0] - 5, ORIGIN[1])), crs, window, raster_bounds
        )
    with pytest.raises(ValueError, match="a click lies outside the view being segmented"):
        clicks_on_pixels(Clicks((east,)), crs, window, raster_bounds)
    with pytest.raises(ValueError, match="a click lies outside the view being segmented"):
        clicks_on_pixels(Clicks((beside,)), crs, window)  # a rendered view: the view is all there is


def test_the_segment_command_says_a_click_beside_the_raster_lies_outside_the_raster(
    scene, painted_model, tmp_path
):
    out = tmp_path / "clicked.gpkg"
    arguments = ["segment", "--raster", str(scene), "--checkpoint", str(painted_model), "--out", str(out)]
    view = ["--extent", f"{ORIGIN[0] - 20},{ORIGIN[1] - 50},{ORIGIN[0] + 60},{ORIGIN[1]}"]
    for clicks, said in (
        (
            ["--point", f"{ORIGIN[0] - 10},{ORIGIN[1] - 10}"],
            "a click lies outside the raster: click on its pixels",
        ),
        (
            [*view, "--point", f"{ORIGIN[0] - 10},{ORIGIN[1] - 10}"],
            "a click lies outside the raster: click on its pixels",
        ),
        (
            [*view, "--point", f"{ORIGIN[0] + 100},{ORIGIN[1] - 10}"],
            "a click lies outside the view being segmented: pan or zoom so that it is inside",
        ),
    ):
        result = subprocess.run(
            [sys.executable, "-c", SEGMENT, *arguments, *clicks],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
        )
        assert result.returncode != 0 and not out.exists()
        assert result.stderr.strip() == f"rrsis segment: {said}"
