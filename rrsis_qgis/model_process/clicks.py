"""Clicks made on the map, placed on the pixels of the view the model sees."""

from __future__ import annotations

import math

import numpy as np

from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from ..protocol.messages import Bounds, Clicks
from .raster import NO_OPERATION, RasterWindow


def clicks_on_pixels(
    clicks: Clicks, crs: str, window: RasterWindow, raster_bounds: Bounds | None = None
) -> tuple[np.ndarray, np.ndarray, tuple[float, float, float, float] | None]:
    """The clicks (map coordinates in ``crs``) as the model's prompt on ``window``: points N x 2 (x, y in
    its pixels), their labels (1 on the object, 0 off it), and the box (x0, y0, x1, y1) or None.
    ``raster_bounds``: the whole raster's bounds in its CRS, which tell a click beside the raster from one
    outside the view (None: the view is all there is, as a rendered picture is).
    ValueError when a coordinate is not a finite number, a click cannot be placed in the raster's CRS,
    or it lies outside the view or the raster: the model cannot see there."""
    marked = [*clicks.positive, *clicks.negative, *([clicks.box] if clicks.box is not None else [])]
    for values in marked:  # NaN would reach the model as a pixel number, inf as "outside"
        if not all(math.isfinite(value) for value in values):
            # fmt: off
            infinite = QT_TRANSLATE_NOOP("messages",
                "click coordinates must be finite numbers, not {coordinates}")
            # fmt: on
            raise ValueError(Message(infinite, coordinates=", ".join(str(value) for value in values)))
    points = [*clicks.positive, *clicks.negative]
    labels = np.array([1] * len(clicks.positive) + [0] * len(clicks.negative), dtype=np.int64)
    placed = _on_raster_crs(np.array(points, dtype=np.float64).reshape(-1, 2), crs, window)
    pixels = _on_pixels(placed, window)
    height, width = window.rgb.shape[:2]
    outside = (pixels[:, 0] < 0) | (pixels[:, 0] > width) | (pixels[:, 1] < 0) | (pixels[:, 1] > height)
    beyond = [point for point, out in zip(placed, outside, strict=True) if out]
    box = None
    if clicks.box is not None:
        x0, y0, x1, y1 = clicks.box
        corners = _on_raster_crs(np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]]), crs, window)
        on_pixels = _on_pixels(corners, window)
        box = (*on_pixels.min(axis=0), *on_pixels.max(axis=0))
        if box[2] <= 0 or box[3] <= 0 or box[0] >= width or box[1] >= height:
            beyond.append(corners)
    if beyond:
        raise ValueError(Message(_where_not(beyond, raster_bounds)))
    if box is not None:  # a box reaching past the view holds what is inside it
        box = (max(box[0], 0.0), max(box[1], 0.0), min(box[2], float(width)), min(box[3], float(height)))
    return pixels, labels, box


def _where_not(beyond: list[np.ndarray], raster_bounds: Bounds | None) -> str:
    """Why clicks outside the view's pixels (points, or a box's corners, in the raster's CRS) cannot be
    taken: beside the raster (panning will not help), or outside the view."""
    if raster_bounds is not None:
        left, bottom, right, top = raster_bounds
        for xy in beyond:
            xs, ys = np.reshape(xy, (-1, 2)).T
            if xs.max() < left or xs.min() > right or ys.max() < bottom or ys.min() > top:
                return QT_TRANSLATE_NOOP("messages", "a click lies outside the raster: click on its pixels")
    return QT_TRANSLATE_NOOP(
        "messages", "a click lies outside the view being segmented: pan or zoom so that it is inside"
    )


def _on_raster_crs(xy: np.ndarray, crs: str, window: RasterWindow) -> np.ndarray:
    """N x 2 map coordinates in ``crs`` -> the same points in the raster's CRS; ValueError naming a
    point that has no place there (PROJ refuses it: x and y swapped, or beyond the projection)."""
    if not len(xy):
        return xy
    # PROJ's refusal comes as rasterio's CPLE_BaseError, which no public module of rasterio names.
    from rasterio._err import CPLE_BaseError, CPLE_NotSupportedError
    from rasterio.warp import transform

    def placed_one_by_one():  # to name the point that PROJ refuses
        for x, y in xy:
            try:
                yield [value[0] for value in transform(crs, window.crs_wkt, [x], [y])]
            except CPLE_BaseError:
                yield [math.nan, math.nan]

    try:
        placed = np.column_stack(transform(crs, window.crs_wkt, xy[:, 0].tolist(), xy[:, 1].tolist()))
    except CPLE_NotSupportedError as error:  # no operation at all: not a matter of axis order
        raise ValueError(Message(NO_OPERATION)) from error
    except CPLE_BaseError:
        placed = np.array(list(placed_one_by_one()))
    unplaced = ~np.isfinite(placed).all(axis=1)
    if unplaced.any():
        # fmt: off
        nowhere = QT_TRANSLATE_NOOP("messages",
            "the click at {point} cannot be placed on the raster's coordinate reference system: check "
            "that x (easting or longitude) comes first and that the clicks' CRS is the one meant")
        # fmt: on
        x, y = xy[np.argmax(unplaced)]
        raise ValueError(Message(nowhere, point=f"{x:g}, {y:g}"))
    return placed


def _on_pixels(xy: np.ndarray, window: RasterWindow) -> np.ndarray:
    """N x 2 coordinates in the raster's CRS -> N x 2 pixel coordinates of the window (x right, y down;
    0 to width across the image, as SAM's prompts are given)."""
    if not len(xy):
        return xy
    with np.errstate(over="ignore", invalid="ignore"):  # a click at 1e308: inf, said "outside" above
        columns, rows = ~window.transform * (xy[:, 0], xy[:, 1])
    return np.stack([columns, rows], axis=1)
