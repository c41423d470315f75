"""Read the part of a raster that the analyst looks at, as the RGB uint8 image the models expect.

Any GDAL raster through rasterio: the window covering an extent (given in any CRS), band choice
(1-2-3 by default, a single band as grey), 16-bit / float stretched to 0..255 between the 2nd and 98th
percentile of the valid pixels (or given limits), nodata kept as a mask so results can exclude it, and a
stated downsampling factor when the window is larger than ``max_pixels``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..foundation.dependencies import require
from ..foundation.run_settings import DEFAULT_MAX_PIXELS


@dataclass
class RasterWindow:
    rgb: np.ndarray  # H x W x 3 uint8; nodata pixels are 0
    valid: np.ndarray  # H x W bool; False where any chosen band is nodata
    transform: object  # affine.Affine of this array (pixel -> raster CRS)
    crs_wkt: str
    downsample: float  # 1.0 = native resolution; 2.0 = every output pixel covers 2 x 2 raster pixels
    bands: tuple[int, int, int]  # the raster bands shown as red, green and blue
    natural_bands: tuple[int, int, int] = (1, 2, 3)  # the raster's own red, green, blue (default_bands)


def default_bands(dataset) -> tuple[int, int, int]:
    """The raster's red, green and blue bands by GDAL's colour interpretation (a B-G-R-NIR product gives
    3-2-1), else bands 1-2-3 (1-2-2 or 1-1-1 with fewer bands)."""
    from rasterio.enums import ColorInterp

    interpretation = list(dataset.colorinterp)
    wanted = (ColorInterp.red, ColorInterp.green, ColorInterp.blue)
    if all(colour in interpretation for colour in wanted):
        return tuple(interpretation.index(colour) + 1 for colour in wanted)
    count = dataset.count
    if count >= 3:
        return (1, 2, 3)
    if count == 2:
        return (1, 2, 2)
    return (1, 1, 1)


def parse_bands(text: str) -> tuple[int, int, int]:
    """ "4,3,2" -> (4, 3, 2): the bands shown as red, green and blue; ValueError with the reason."""
    try:
        bands = tuple(int(part) for part in text.split(","))
    except ValueError:
        bands = ()
    if len(bands) != 3 or min(bands) < 1:
        raise ValueError(
            f"bands must be three band numbers for red, green and blue, e.g. 4,3,2, not {text!r}"
        )
    return bands


def stretch_to_uint8(
    band: np.ndarray, valid: np.ndarray, limits: tuple[float, float] | None = None
) -> np.ndarray:
    """Linear stretch between ``limits`` (default: 2nd-98th percentile of valid pixels) to 0..255."""
    if band.dtype == np.uint8 and limits is None:
        return band
    values = band[valid]
    if limits is None:
        low, high = np.percentile(values, (2, 98)) if values.size else (0.0, 1.0)
    else:
        low, high = limits
    scale = 255.0 / (high - low) if high > low else 0.0
    stretched = (band.astype(np.float64) - low) * scale
    return np.clip(np.rint(np.nan_to_num(stretched)), 0, 255).astype(np.uint8)


def read_window(
    path: str,
    bounds: tuple[float, float, float, float] | None = None,
    bounds_crs: str | None = None,
    bands: tuple[int, int, int] | None = None,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> RasterWindow:
    """The window of ``path`` covering ``bounds`` (xmin, ymin, xmax, ymax in ``bounds_crs``, default the
    raster's CRS; None = the whole raster). ValueError when the extent misses the raster."""
    rasterio = require("rasterio")
    from rasterio.warp import transform_bounds
    from rasterio.windows import Window

    with rasterio.open(path) as dataset:
        check_georeferenced(dataset)
        if bounds is None:
            window = Window(0, 0, dataset.width, dataset.height)
        else:
            if bounds_crs and dataset.crs and rasterio.crs.CRS.from_user_input(bounds_crs) != dataset.crs:
                bounds = transform_bounds(bounds_crs, dataset.crs, *bounds, densify_pts=21)
            window = bounds_window(dataset, bounds).round_offsets().round_lengths()
        return _read(dataset, window, bands, max_pixels)


def check_georeferenced(dataset) -> None:
    """ValueError unless the raster says where on Earth it lies: without a CRS, polygons would carry
    pixel numbers as coordinates and no area could be measured."""
    if dataset.crs is None:
        raise ValueError(
            f"{Path(dataset.name).name} has no coordinate reference system, so its polygons could not be "
            "placed on the map or measured; assign one first (QGIS: Raster ▸ Projections ▸ Assign "
            "Projection; or gdal_edit.py -a_srs EPSG:<code>)"
        )


def bounds_window(dataset, bounds: tuple[float, float, float, float]):
    """The (fractional) window of an open dataset covering ``bounds`` in its CRS, clipped to the raster;
    ValueError when the bounds miss it."""
    rasterio = require("rasterio")
    from rasterio.windows import Window, from_bounds

    try:
        window = from_bounds(*bounds, transform=dataset.transform).intersection(
            Window(0, 0, dataset.width, dataset.height)
        )
    except rasterio.errors.WindowError:
        window = None
    if window is None or window.width < 1 or window.height < 1:
        raise ValueError("the extent does not intersect the raster; pan to the raster's area")
    return window


def _read_bands(dataset, bands, out_shape: tuple[int, int], window=None):
    """The chosen bands (default: the raster's red, green and blue), each distinct band read once at
    ``out_shape`` (averaging when smaller), and which pixels are valid in all of them (not nodata,
    finite)."""
    from rasterio.enums import Resampling

    chosen = bands or default_bands(dataset)
    if max(chosen) > dataset.count:
        raise ValueError(f"band {max(chosen)} requested, but the raster has {dataset.count} band(s)")
    unique = sorted(set(chosen))
    shape = (len(unique), *out_shape)
    data = dataset.read(unique, window=window, out_shape=shape, resampling=Resampling.average)
    valid = np.all(dataset.read_masks(unique, window=window, out_shape=shape) > 0, axis=0)
    if np.issubdtype(data.dtype, np.floating):
        valid &= np.all(np.isfinite(data), axis=0)
    return tuple(chosen), {band: data[unique.index(band)] for band in unique}, valid


def _read(dataset, window, bands, max_pixels: int, limits: dict | None = None) -> RasterWindow:
    """``window`` of an open dataset as RGB (downsampled to ``max_pixels`` when larger); ``limits``
    (band -> low, high) replaces each band's own 2nd-98th percentile stretch."""
    from rasterio.transform import Affine

    pixels = window.width * window.height
    downsample = max(1.0, math.sqrt(pixels / max_pixels))
    out_shape = (max(1, round(window.height / downsample)), max(1, round(window.width / downsample)))
    chosen, planes, valid = _read_bands(dataset, bands, out_shape, window)
    stretched = {
        band: stretch_to_uint8(plane, valid, (limits or {}).get(band)) for band, plane in planes.items()
    }
    rgb = np.stack([stretched[band] for band in chosen], axis=-1)
    rgb[~valid] = 0
    transform = dataset.window_transform(window) * Affine.scale(
        window.width / out_shape[1], window.height / out_shape[0]
    )
    return RasterWindow(
        rgb=np.ascontiguousarray(rgb),
        valid=valid,
        transform=transform,
        crs_wkt=dataset.crs.to_wkt() if dataset.crs else "",
        downsample=downsample,
        bands=chosen,
        natural_bands=default_bands(dataset),
    )


def read_pixels(
    path: str,
    column: int,
    row: int,
    width: int,
    height: int,
    bands: tuple[int, int, int] | None = None,
    limits: dict[int, tuple[float, float]] | None = None,
) -> RasterWindow:
    """A window of ``path`` by pixel offsets, at native resolution (for tiles)."""
    rasterio = require("rasterio")
    from rasterio.windows import Window

    with rasterio.open(path) as dataset:
        return _read(dataset, Window(column, row, width, height), bands, width * height, limits)


def stretch_limits(
    path: str, bands: tuple[int, int, int] | None = None, sample: int = 1024
) -> dict[int, tuple[float, float]] | None:
    """Each chosen band's 2nd-98th percentile over the whole raster (read decimated to at most ``sample``
    pixels a side): the stretch the panel applies to its view, made the same for every tile of a 16-bit
    or float raster. None for 8-bit rasters, which are used as they are."""
    rasterio = require("rasterio")

    with rasterio.open(path) as dataset:
        if all(dtype == "uint8" for dtype in dataset.dtypes):
            return None
        scale = max(1.0, max(dataset.width, dataset.height) / sample)
        shape = (max(1, round(dataset.height / scale)), max(1, round(dataset.width / scale)))
        _, planes, valid = _read_bands(dataset, bands, shape)
    if not valid.any():
        return None
    return {
        band: tuple(float(value) for value in np.percentile(plane[valid], (2, 98)))
        for band, plane in planes.items()
    }
