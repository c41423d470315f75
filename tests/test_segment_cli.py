"""`python -m rrsis_qgis segment`: a real GeoTIFF plus an expression into a valid vector file, or a
one-line reason and a non-zero exit, never a half-written file."""

from __future__ import annotations

import pytest
import rasterio
from rasterio.crs import CRS

from rrsis_qgis.cli import main
from tests.conftest import REPO_ROOT
from tests.vector_files import read_vector_file

RGB = str(REPO_ROOT / "tests" / "data" / "rmnp-rgb.tif")


def _segment(checkpoint, out, *extra):
    return main(["segment", "--raster", RGB, "--checkpoint", str(checkpoint), "--out", str(out), *extra])


def test_rmnp_rgb_to_a_valid_shapefile_in_the_raster_crs(tiny_checkpoint, tmp_path, capsys):
    # A random model: threshold 0 marks every valid pixel, so the result is the raster's data area.
    assert (
        _segment(tiny_checkpoint, tmp_path / "tanks.shp", "--text", "the white tanks", "--threshold", "0")
        == 0
    )
    assert "polygon(s) for 'the white tanks'" in capsys.readouterr().out
    written = read_vector_file(tmp_path / "tanks.shp")
    assert written.crs == CRS.from_epsg(4326)
    features = [fields for _, fields in written.rows]
    assert features and all(geometry.is_valid for geometry, _ in written.rows)
    with rasterio.open(RGB) as dataset:
        left, bottom, right, top = dataset.bounds
    xmin, ymin, xmax, ymax = written.bounds
    assert left - 1e-9 <= xmin and xmax <= right + 1e-9 and bottom - 1e-9 <= ymin and ymax <= top + 1e-9
    assert features[0]["expression"] == "the white tanks" and features[0]["area_m2"] > 0
    assert {"model", "score", "created"} <= set(features[0])


def test_extent_in_another_crs(tiny_checkpoint, tmp_path):
    extent = "-11775000,4880000,-11760000,4895000"  # web mercator metres inside the park
    args = ["--text", "the road", "--threshold", "0", f"--extent={extent}", "--extent-crs", "EPSG:3857"]
    assert _segment(tiny_checkpoint, tmp_path / "road.geojson", *args) == 0
    xmin, _, xmax, _ = read_vector_file(tmp_path / "road.geojson").bounds
    assert xmin > -105.78 and xmax < -105.63  # the extent, in degrees


@pytest.mark.parametrize(
    ("text", "message"),
    [("   ", "description is empty"), ("tank " * 120, "keep it under 500")],
)
def test_unusable_expressions_are_refused_with_a_reason(tiny_checkpoint, tmp_path, capsys, text, message):
    assert _segment(tiny_checkpoint, tmp_path / "x.shp", "--text", text) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_nothing_found_writes_no_file(tiny_checkpoint, tmp_path, capsys):
    assert _segment(tiny_checkpoint, tmp_path / "none.shp", "--text", "the ship", "--threshold", "1") == 1
    assert "Nothing found for 'the ship'" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []


def test_existing_output_is_kept(tiny_checkpoint, tmp_path, capsys):
    (tmp_path / "keep.gpkg").write_bytes(b"precious")
    assert _segment(tiny_checkpoint, tmp_path / "keep.gpkg", "--text", "the ship", "--threshold", "0") == 2
    assert "keep.gpkg already exists" in capsys.readouterr().err
    assert (tmp_path / "keep.gpkg").read_bytes() == b"precious"


def test_missing_checkpoint_gives_the_model_manager_message(tmp_path, capsys):
    assert _segment(tmp_path / "nowhere", tmp_path / "x.shp", "--text", "the ship") == 2
    assert "neither a local folder or file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extent", "expected"),
    [
        ("-inf,-inf,inf,inf", "the extent's coordinates must be finite numbers, not -inf, -inf, inf, inf"),
        ("-106.5,nan,-105,41", "the extent's coordinates must be finite numbers"),
        ("-1e308,-1e308,1e308,1e308", None),  # finite, and all of the raster: read as the whole raster
        ("-105.7,40.3,-105.6996,40.3004", None),  # inside one pixel of 0.0015°: that pixel is read
        ("10,10,11,11", "the extent does not intersect the raster"),
    ],
)
def test_an_extent_is_read_or_refused_with_its_real_reason(
    tiny_checkpoint, tmp_path, capsys, extent, expected
):
    arguments = ["--text", "the lake", "--threshold", "0", "--min-pixels", "0", f"--extent={extent}"]
    status = _segment(tiny_checkpoint, tmp_path / "x.gpkg", *arguments)
    captured = capsys.readouterr()
    if expected is None:
        assert status == 0 and "polygon(s)" in captured.out, captured.err
        assert "Warning" not in captured.err and "does not intersect" not in captured.err
    else:
        assert status == 2 and expected in captured.err
