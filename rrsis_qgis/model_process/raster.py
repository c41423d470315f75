"""Read the part of a raster that the analyst looks at, as the RGB uint8 image the models expect.

Any GDAL raster through rasterio: the window covering an extent (given in any CRS), band choice
(the raster's red, green and blue by default, a single band as grey), nodata kept as a mask so results
can exclude it, and a stated downsampling factor when the window is larger than ``max_pixels``.

One stretch per raster, wherever it is read (the panel's view at any zoom, the CLI, every Processing
tile): a band is stretched linearly between limits that belong to the raster, not to the window, so a
pixel gets the same 8-bit value in all of them. The limits are the QGIS layer renderer's minimum and
maximum when the caller has them, else the band's 2nd-98th percentile over the whole raster (16-bit and
float bands); 8-bit bands without renderer limits are used as they are.
"""

from __future__ import annotations

import contextlib
import functools
import math
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..foundation.dependencies import require
from ..foundation.messages import QT_TRANSLATE_NOOP, Message
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
    raster_bounds: tuple[float, float, float, float] | None = None  # the whole raster's; None: rendered


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


def stretch_to_uint8(band: np.ndarray, limits: tuple[float, float] | None) -> np.ndarray:
    """Linear stretch between ``limits`` (low, high) to 0..255; without limits, an 8-bit band as it is
    (`stretch_limits` gives every other band limits)."""
    if limits is None:
        return band
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
    stretch: dict[int, tuple[float, float]] | None = None,
) -> RasterWindow:
    """The window of ``path`` covering ``bounds`` (xmin, ymin, xmax, ymax in ``bounds_crs``, default the
    raster's CRS; None = the whole raster), with the raster's stretch (``stretch``: the renderer's
    limits per band, see `stretch_limits`). ValueError when the extent misses the raster."""
    rasterio = require("rasterio")
    from rasterio.warp import transform_bounds
    from rasterio.windows import Window

    limits = stretch_limits(path, bands, stretch)
    with quiet_open(path) as dataset:
        check_georeferenced(dataset)
        if bounds is None:
            window = Window(0, 0, dataset.width, dataset.height)
        else:
            if bounds_crs and dataset.crs and rasterio.crs.CRS.from_user_input(bounds_crs) != dataset.crs:
                # rasterio's CPLE_NotSupportedError, which no public module of rasterio names
                from rasterio._err import CPLE_NotSupportedError

                try:
                    placed = transform_bounds(bounds_crs, dataset.crs, *bounds, densify_pts=21)
                except CPLE_NotSupportedError as error:
                    raise ValueError(Message(NO_OPERATION)) from error
                if all(map(math.isfinite, bounds)) and not all(map(math.isfinite, placed)):
                    # Numbers the analyst never typed would name nothing: say what is wrong with theirs.
                    # fmt: off
                    beyond = QT_TRANSLATE_NOOP("messages",
                        "the extent {bounds} lies outside the range of its coordinate reference system: "
                        "give one inside it")
                    # fmt: on
                    raise ValueError(Message(beyond, bounds=", ".join(f"{value:g}" for value in bounds)))
                bounds = placed
            window = bounds_window(dataset, bounds)
        return _read(dataset, window, bands, max_pixels, limits)


# PROJ knows no operation between two CRSs (a local engineering CRS and a geographic one, say).
# fmt: off
NO_OPERATION = QT_TRANSLATE_NOOP("messages",
    "the coordinate reference system of the extent and the clicks cannot be transformed to the raster's: "
    "PROJ knows no operation between them; give them in the raster's CRS")
# fmt: on


def check_transformable(crs, path: str, option: str) -> None:
    """ValueError naming the command-line ``option`` when PROJ knows no operation from ``crs`` to the
    raster's CRS; a raster that cannot be opened is left for the run to name."""
    rasterio = require("rasterio")
    from rasterio._err import CPLE_BaseError, CPLE_NotSupportedError
    from rasterio.warp import transform

    try:
        with quiet_open(path) as dataset:
            target = dataset.crs
    except rasterio.errors.RasterioError:
        return
    if target is None or target == crs:
        return
    try:
        transform(crs, target, [0.0], [0.0])
    except CPLE_NotSupportedError as error:
        raise ValueError(
            f"{option} cannot be transformed to the coordinate reference system of {path}: PROJ knows no "
            "operation between them"
        ) from error
    except CPLE_BaseError:  # an operation exists; (0, 0) is only outside its area
        pass


def parse_crs(text: str, option: str):
    """The rasterio CRS that a command-line ``option`` (``--extent-crs``, ``--crs``) names: an authority
    id such as EPSG:4326, WKT or a PROJ string; ValueError naming the option and the value otherwise."""
    rasterio = require("rasterio")

    try:
        with rasterio.Env():  # its error handler, not GDAL's "ERROR 1: missing [" before the message
            return rasterio.crs.CRS.from_user_input(text)
    except (rasterio.errors.CRSError, ValueError) as error:  # "EPSG:abc" fails inside as int("abc")
        raise ValueError(
            f"{option} {text!r} is not a coordinate reference system GDAL knows; give one such as "
            "EPSG:4326, a WKT or a PROJ string"
        ) from error


@contextlib.contextmanager
def quiet_open(path: str):
    """``rasterio.open`` without rasterio's NotGeoreferencedWarning, which would come before the one line
    that `check_georeferenced` gives."""
    rasterio = require("rasterio")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rasterio.errors.NotGeoreferencedWarning)
        dataset = rasterio.open(path)
    with dataset:
        yield dataset


def check_georeferenced(dataset) -> None:
    """ValueError unless the raster says where on Earth it lies: without a CRS, polygons would carry
    pixel numbers as coordinates and no area could be measured."""
    if dataset.crs is None:
        # pylupdate5 misses a template followed by a comma, as the formatter would write it.
        # fmt: off
        no_crs = QT_TRANSLATE_NOOP("messages",
            "{name} has no coordinate reference system, so its polygons could not be placed on the map or "
            "measured; assign one first (QGIS: Raster ▸ Projections ▸ Assign Projection; or gdal_edit.py "
            "-a_srs EPSG:<code>)")
        # fmt: on
        raise ValueError(Message(no_crs, name=Path(dataset.name).name))


def bounds_window(dataset, bounds: tuple[float, float, float, float]):
    """The window of an open dataset covering ``bounds`` in its CRS, clipped to the raster and grown to
    whole pixels (an extent inside one pixel reads that pixel); ValueError with the reason when the
    bounds are not finite numbers or miss the raster."""
    from rasterio.windows import Window

    if not all(math.isfinite(value) for value in bounds):
        infinite = QT_TRANSLATE_NOOP(
            "messages", "the extent's coordinates must be finite numbers, not {bounds}"
        )
        raise ValueError(Message(infinite, bounds=", ".join(str(value) for value in bounds)))
    # The corners in pixels, computed here: rasterio's from_bounds warns and gives NaN for coordinates
    # near the float limits, where an extent of ±1e308 only means "all of it" (±inf is clamped below).
    inverse = ~dataset.transform
    with np.errstate(over="ignore", invalid="ignore"):
        corners = [inverse * (x, y) for x in (bounds[0], bounds[2]) for y in (bounds[1], bounds[3])]
    columns, rows = [column for column, _ in corners], [row for _, row in corners]
    outside = QT_TRANSLATE_NOOP(
        "messages", "the extent does not intersect the raster; pan to the raster's area"
    )
    if any(math.isnan(value) for value in columns + rows):
        raise ValueError(Message(outside))
    if max(columns) <= 0 or min(columns) >= dataset.width or max(rows) <= 0 or min(rows) >= dataset.height:
        raise ValueError(Message(outside))
    column0, row0 = math.floor(max(min(columns), 0)), math.floor(max(min(rows), 0))
    column1 = max(math.ceil(min(max(columns), dataset.width)), column0 + 1)
    row1 = max(math.ceil(min(max(rows), dataset.height)), row0 + 1)
    return Window(column0, row0, column1 - column0, row1 - row0)


def check_bands(dataset, bands) -> None:
    """ValueError unless the open dataset has every one of ``bands``."""
    if bands and max(bands) > dataset.count:
        missing = QT_TRANSLATE_NOOP("messages", "band {band} requested, but the raster has {count} band(s)")
        raise ValueError(Message(missing, band=max(bands), count=dataset.count))


def _read_bands(dataset, bands, out_shape: tuple[int, int], window=None):
    """The chosen bands (default: the raster's red, green and blue), each distinct band read once at
    ``out_shape`` (averaging when smaller), and which pixels are valid in all of them (not nodata,
    finite)."""
    from rasterio.enums import Resampling

    chosen = bands or default_bands(dataset)
    check_bands(dataset, chosen)
    unique = sorted(set(chosen))
    shape = (len(unique), *out_shape)
    data = dataset.read(unique, window=window, out_shape=shape, resampling=Resampling.average)
    valid = np.all(dataset.read_masks(unique, window=window, out_shape=shape) > 0, axis=0)
    if np.issubdtype(data.dtype, np.floating):
        valid &= np.all(np.isfinite(data), axis=0)
    return tuple(chosen), {band: data[unique.index(band)] for band in unique}, valid


def _read(dataset, window, bands, max_pixels: int, limits: dict | None) -> RasterWindow:
    """``window`` of an open dataset as RGB (downsampled to ``max_pixels`` when larger), each band
    stretched between its ``limits`` (band -> low, high; a band without limits is used as it is)."""
    from rasterio.transform import Affine

    pixels = window.width * window.height
    downsample = max(1.0, math.sqrt(pixels / max_pixels))
    out_shape = (max(1, round(window.height / downsample)), max(1, round(window.width / downsample)))
    chosen, planes, valid = _read_bands(dataset, bands, out_shape, window)
    stretched = {band: stretch_to_uint8(plane, (limits or {}).get(band)) for band, plane in planes.items()}
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
        raster_bounds=tuple(dataset.bounds),
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
    from rasterio.windows import Window

    with quiet_open(path) as dataset:
        return _read(dataset, Window(column, row, width, height), bands, width * height, limits)


def stretch_limits(
    path: str,
    bands: tuple[int, int, int] | None = None,
    renderer: dict[int, tuple[float, float]] | None = None,
) -> dict[int, tuple[float, float]] | None:
    """The raster's stretch for the chosen bands (band -> low, high): the QGIS layer renderer's limits
    (``renderer``) where it has a band, else (16-bit, float) the band's 2nd-98th percentile over the whole
    raster. None when no band needs one (8-bit, no renderer limits)."""
    with quiet_open(path) as dataset:
        chosen = bands or default_bands(dataset)
        eight_bit = all(dataset.dtypes[band - 1] == "uint8" for band in set(chosen) if band <= dataset.count)
        stat = os.stat(path) if os.path.exists(path) else None
    limits = {band: tuple(map(float, pair)) for band, pair in (renderer or {}).items() if band in chosen}
    missing = tuple(sorted(set(chosen) - set(limits)))
    if missing and not eight_bit:
        version = (stat.st_mtime_ns, stat.st_size) if stat else None
        limits = {**_percentiles(path, version, missing), **limits}
    return limits or None


@functools.lru_cache(maxsize=32)
def _percentiles(path: str, version, bands: tuple[int, ...], sample: int = 1024) -> dict:
    """Each band's 2nd-98th percentile of the valid pixels, read decimated to at most ``sample`` pixels a
    side (from overviews where the raster has them); cached per file version, as every view of the
    raster asks again."""
    with quiet_open(path) as dataset:
        scale = max(1.0, max(dataset.width, dataset.height) / sample)
        shape = (max(1, round(dataset.height / scale)), max(1, round(dataset.width / scale)))
        _, planes, valid = _read_bands(dataset, bands, shape)
    return {
        band: tuple(float(value) for value in np.percentile(planes[band][valid], (2, 98)))
        if valid.any()
        else (0.0, 1.0)
        for band in bands
    }
