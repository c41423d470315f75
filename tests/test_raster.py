"""Reading the analyst's extent of real and synthetic rasters as RGB uint8 plus a validity mask."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from rasterio.warp import transform_bounds

from rrsis_qgis.model_process.raster import read_pixels, read_window, stretch_limits, stretch_to_uint8
from tests.conftest import REPO_ROOT

RGB = str(REPO_ROOT / "tests" / "data" / "rmnp-rgb.tif")
DEM = str(REPO_ROOT / "tests" / "data" / "rmnp-dem.tif")


def _write(path, array, crs="EPSG:32613", nodata=None):
    count, height, width = array.shape
    profile = dict(
        driver="GTiff", width=width, height=height, count=count, dtype=array.dtype, crs=crs, nodata=nodata
    )
    with rasterio.open(path, "w", transform=from_origin(440000, 4450000, 10, 10), **profile) as dataset:
        dataset.write(array)
    return str(path)


def test_whole_rgb_raster_with_its_nodata_masked():
    window = read_window(RGB)
    with rasterio.open(RGB) as dataset:
        data = dataset.read()
        assert window.transform == dataset.transform
    assert window.rgb.shape == (373, 485, 3) and window.rgb.dtype == np.uint8
    nodata = np.any(data == 255, axis=0)
    np.testing.assert_array_equal(window.valid, ~nodata)
    np.testing.assert_array_equal(window.rgb[window.valid], np.moveaxis(data, 0, -1)[window.valid])
    assert window.downsample == 1.0 and "4326" in window.crs_wkt


def test_extent_in_another_crs_reads_the_same_window():
    bounds = (-105.8, 40.2, -105.6, 40.4)
    native = read_window(RGB, bounds)
    projected = read_window(RGB, transform_bounds("EPSG:4326", "EPSG:3857", *bounds), "EPSG:3857")
    assert abs(native.rgb.shape[0] - projected.rgb.shape[0]) <= 2
    assert abs(native.rgb.shape[1] - projected.rgb.shape[1]) <= 2
    assert native.transform.c == pytest.approx(-105.8, abs=0.002)


def test_extent_outside_the_raster_is_explained():
    with pytest.raises(ValueError, match="does not intersect the raster"):
        read_window(RGB, (10.0, 50.0, 11.0, 51.0))


def test_single_band_uint16_becomes_stretched_grey():
    window = read_window(DEM)
    assert window.bands == (1, 1, 1)
    assert np.array_equal(window.rgb[..., 0], window.rgb[..., 1])
    values = window.rgb[window.valid, 0]
    assert values.min() == 0 and values.max() == 255
    assert (window.rgb[~window.valid] == 0).all()


def test_four_band_float_and_nodata_heavy_rasters(tmp_path):
    rng = np.random.default_rng(0)
    four = _write(tmp_path / "four.tif", rng.integers(0, 255, (4, 40, 50), dtype=np.uint8))
    assert read_window(four).bands == (1, 2, 3)
    floats = rng.normal(0.2, 0.05, (3, 40, 50)).astype(np.float32)
    floats[:, :30] = np.nan  # three quarters missing
    window = read_window(_write(tmp_path / "float.tif", floats, nodata=float("nan")))
    assert window.valid[:30].sum() == 0 and window.valid[30:].all()
    assert window.rgb[30:].max() == 255


def test_large_extent_is_downsampled_with_a_stated_factor():
    window = read_window(RGB, max_pixels=10_000)
    assert window.downsample == pytest.approx(np.sqrt(485 * 373 / 10_000))
    assert window.rgb.shape[0] * window.rgb.shape[1] <= 10_500
    with rasterio.open(RGB) as dataset:
        assert window.transform.a == pytest.approx(dataset.transform.a * 485 / window.rgb.shape[1])


def test_the_stretch_belongs_to_the_raster_and_ignores_nodata(tmp_path):
    band = np.array([[1000, 1100], [1255, 60000]], dtype=np.uint16)
    assert stretch_to_uint8(band, (1000, 1255)).tolist() == [[0, 100], [255, 255]]
    path = _write(tmp_path / "nodata.tif", np.stack([band] * 3), nodata=60000)
    # the nodata 60000 must not widen the range: the 2nd-98th percentile of the three valid pixels
    low, high = np.percentile([1000, 1100, 1255], (2, 98))
    assert stretch_limits(path) == {band: (low, high) for band in (1, 2, 3)}
    # the renderer's limits win where it has them; the others come from the raster
    assert stretch_limits(path, renderer={2: (0, 4000)}) == {1: (low, high), 2: (0.0, 4000.0), 3: (low, high)}


def test_a_pixel_gets_the_same_value_at_every_zoom_and_in_a_tile(tmp_path):
    rows, columns = np.mgrid[:512, :512]
    gradient = (1000 + 20 * rows + columns).astype(np.uint16)  # every window has other percentiles
    path = _write(tmp_path / "gradient.tif", np.stack([gradient, gradient // 2, gradient // 3]))
    x0, y0 = 440000, 4450000  # pixel (column 300, row 200) is the 10 m cell east 3000, south 2000 of it
    close = read_window(path, (x0 + 2560, y0 - 2560, x0 + 3840, y0 - 1280))  # columns 256-383, rows 128-255
    whole = read_window(path)
    tile = read_pixels(path, 256, 0, 256, 256, limits=stretch_limits(path))
    assert close.rgb.shape[:2] == (128, 128) and whole.downsample == 1
    pixel = whole.rgb[200, 300]
    assert np.array_equal(close.rgb[72, 44], pixel) and np.array_equal(tile.rgb[200, 44], pixel)
    assert 0 < pixel[0] < 255
    renderer = {1: (2000.0, 9000.0)}  # the QGIS layer renderer's limits, where the caller has them
    value = round((1000 + 20 * 200 + 300 - 2000) * 255 / 7000)
    assert read_window(path, stretch=renderer).rgb[200, 300, 0] == value


def test_tiles_of_a_16_bit_raster_get_the_panels_per_band_stretch(tmp_path):
    rng = np.random.default_rng(0)
    bands = np.stack(
        [
            rng.integers(100, 900, (64, 64)),
            rng.integers(20000, 60000, (64, 64)),
            rng.integers(0, 50, (64, 64)),
        ]
    )
    path = _write(tmp_path / "sixteen.tif", bands.astype(np.uint16))
    limits = stretch_limits(str(path))
    assert limits[1][1] < 900 < limits[2][0]  # each band keeps its own range
    panel = read_window(str(path))
    tile = read_pixels(str(path), 0, 0, 64, 64, limits=limits)
    assert np.array_equal(tile.rgb, panel.rgb)
    assert stretch_limits(str(_write(tmp_path / "bytes.tif", bands.astype(np.uint8)))) is None
