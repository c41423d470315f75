"""Colours measured on a candidate's pixels: the mean colour under its outline, in hue, saturation and
value, against a test for each colour a program can name (`program.COLOURS`)."""

from __future__ import annotations

import math

import numpy as np

MAX_COLOUR_PIXELS = 1_000_000  # pixels a colour is measured on; a larger outline's are sampled


COLOUR_TESTS = {
    "white": lambda h, s, v: v > 0.7 and s < 0.2,
    "black": lambda h, s, v: v < 0.25,
    "gray": lambda h, s, v: s < 0.2 and 0.25 <= v <= 0.8,
    "bright": lambda h, s, v: v > 0.6,
    "dark": lambda h, s, v: v < 0.4,
    "red": lambda h, s, v: s > 0.3 and v > 0.2 and (h < 15 or h >= 345),
    "orange": lambda h, s, v: s > 0.3 and v > 0.5 and 15 <= h < 40,
    "brown": lambda h, s, v: s > 0.25 and 0.15 < v <= 0.6 and 10 <= h < 50,
    "yellow": lambda h, s, v: s > 0.3 and v > 0.4 and 40 <= h < 70,
    "green": lambda h, s, v: s > 0.2 and v > 0.15 and 70 <= h < 170,
    "blue": lambda h, s, v: s > 0.2 and v > 0.15 and 170 <= h < 260,
    "cyan": lambda h, s, v: s > 0.2 and v > 0.4 and 160 <= h < 200,  # also called blue, as people do
    "purple": lambda h, s, v: s > 0.2 and v > 0.15 and 260 <= h < 300,
    # Magenta to rose, or a pale red: a light pink is not saturated enough for "red".
    "pink": lambda h, s, v: (
        v > 0.5 and ((300 <= h < 345 and s > 0.2) or ((h >= 345 or h < 15) and 0.15 < s <= 0.5))
    ),
}


def colour_fit(image: np.ndarray, outline: np.ndarray, colours: tuple[str, ...], miss: float) -> float:
    """1 when the mean colour under the outline is each of ``colours``, else ``miss``; NaN when no pixel
    of the image lies under it."""
    pixels = _pixels_inside(image, outline)
    if pixels.size == 0:
        return math.nan
    red, green, blue = (pixels.reshape(-1, 3).mean(axis=0) / 255.0).tolist()
    hue, saturation, value = _hsv(red, green, blue)
    return 1.0 if all(COLOUR_TESTS[colour](hue, saturation, value) for colour in colours) else miss


def _hsv(red: float, green: float, blue: float) -> tuple[float, float, float]:
    high, low = max(red, green, blue), min(red, green, blue)
    value, spread = high, high - low
    saturation = spread / high if high > 0 else 0.0
    if spread == 0:
        return 0.0, saturation, value
    if high == red:
        hue = ((green - blue) / spread) % 6
    elif high == green:
        hue = (blue - red) / spread + 2
    else:
        hue = (red - green) / spread + 4
    return 60.0 * hue, saturation, value


def _pixels_inside(image: np.ndarray, outline: np.ndarray) -> np.ndarray:
    """The image's pixels whose centres lie inside the outline (even-odd rule); of a large outline, those
    of a grid of at most about `MAX_COLOUR_PIXELS`."""
    height, width = image.shape[:2]
    # Clipped before the cast: a box of 1e308 overflows an integer.
    x0, y0 = np.floor(np.maximum(outline.min(axis=0), 0)).astype(int)
    x1, y1 = np.ceil(np.minimum(outline.max(axis=0), (width, height))).astype(int)
    if x1 <= x0 or y1 <= y0:
        return np.empty((0, 3), dtype=image.dtype)
    step = max(1, math.ceil(math.sqrt((x1 - x0) * (y1 - y0) / MAX_COLOUR_PIXELS)))  # a grid of samples
    xs, ys = np.arange(x0, x1, step) + 0.5, np.arange(y0, y1, step) + 0.5
    return image[y0:y1:step, x0:x1:step][_scanline_fill(outline, xs, ys)]


def _scanline_fill(outline: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Whether each sample (xs[j], ys[i]) lies inside the outline, shaped (rows, columns): each edge is
    met only on the rows it crosses, and each crossing flips the samples left of it (the even-odd rule),
    so a detailed outline costs its crossings and the samples, not its vertices times the samples."""
    start, end = outline, np.roll(outline, -1, axis=0)
    # An edge crosses row y when exactly one end lies below it: low <= y < high.
    low, high = np.minimum(start[:, 1], end[:, 1]), np.maximum(start[:, 1], end[:, 1])
    first, last = np.searchsorted(ys, low, side="left"), np.searchsorted(ys, high, side="left")
    spans = np.maximum(last - first, 0)
    edge = np.repeat(np.arange(len(outline)), spans)
    row = first[edge] + np.arange(spans.sum()) - np.repeat(np.cumsum(spans) - spans, spans)
    (ax, ay), (bx, by) = start[edge].T, end[edge].T
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):  # a box of 1e308
        x_at = ax + (ys[row] - ay) * (bx - ax) / (by - ay)
    number = ~np.isnan(x_at)  # a crossing nowhere flips nothing
    row, x_at = row[number], x_at[number]
    flips = np.zeros((len(ys), len(xs) + 1), np.int32)
    np.add.at(flips, (row, 0), 1)  # the samples left of a crossing, those with x < x_at: flipped
    np.add.at(flips, (row, np.searchsorted(xs, x_at, side="left")), 1)
    return (np.cumsum(flips, axis=1)[:, :-1] & 1).astype(bool)
