"""Clicks made on the map, placed on the pixels of the view the model sees."""

from __future__ import annotations

import numpy as np

from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from ..protocol.messages import Clicks
from .raster import RasterWindow


def clicks_on_pixels(
    clicks: Clicks, crs: str, window: RasterWindow
) -> tuple[np.ndarray, np.ndarray, tuple[float, float, float, float] | None]:
    """The clicks (map coordinates in ``crs``) as the model's prompt on ``window``: points N x 2 (x, y in
    its pixels), their labels (1 on the object, 0 off it), and the box (x0, y0, x1, y1) or None.
    ValueError when a click lies outside the view: the model cannot see there."""
    points = [*clicks.positive, *clicks.negative]
    labels = np.array([1] * len(clicks.positive) + [0] * len(clicks.negative), dtype=np.int64)
    xy = np.array(points, dtype=np.float64).reshape(-1, 2)
    box = None
    if clicks.box is not None:
        x0, y0, x1, y1 = clicks.box
        corners = _on_pixels(np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]]), crs, window)
        box = (*corners.min(axis=0), *corners.max(axis=0))
    pixels = _on_pixels(xy, crs, window)
    height, width = window.rgb.shape[:2]
    outside = (pixels[:, 0] < 0) | (pixels[:, 0] > width) | (pixels[:, 1] < 0) | (pixels[:, 1] > height)
    box_outside = box is not None and (box[2] <= 0 or box[3] <= 0 or box[0] >= width or box[1] >= height)
    if outside.any() or box_outside:
        beyond = QT_TRANSLATE_NOOP(
            "messages", "a click lies outside the view being segmented: pan or zoom so that it is inside"
        )
        raise ValueError(Message(beyond))
    if box is not None:  # a box reaching past the view holds what is inside it
        box = (max(box[0], 0.0), max(box[1], 0.0), min(box[2], float(width)), min(box[3], float(height)))
    return pixels, labels, box


def _on_pixels(xy: np.ndarray, crs: str, window: RasterWindow) -> np.ndarray:
    """N x 2 map coordinates in ``crs`` -> N x 2 pixel coordinates of the window (x right, y down;
    0 to width across the image, as SAM's prompts are given)."""
    if not len(xy):
        return xy
    from rasterio.warp import transform

    xs, ys = transform(crs, window.crs_wkt, xy[:, 0].tolist(), xy[:, 1].tolist())
    columns, rows = ~window.transform * (np.array(xs), np.array(ys))
    return np.stack([columns, rows], axis=1)
