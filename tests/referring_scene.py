"""Scenes for the referring tests, in both interpreters (numpy only): round tanks and a road painted in
flat colours, which tests.batch_models.PaintedObjects finds as a detector would."""

from __future__ import annotations

import math

import numpy as np

WHITE, GRAY, ROAD, GROUND = (235, 235, 230), (120, 120, 125), (90, 90, 90), (60, 80, 50)
# What PaintedObjects finds for each phrase: the gray tank is the detector's most confident "tank".
PAINTED = {
    "storage tank": {"colours": [list(WHITE), list(GRAY)], "scores": [0.6, 0.9]},
    "road": {"colours": [list(ROAD)], "scores": [0.8]},
}
# Four round tanks and a road across the view: white a and b north of the road, gray c north of it,
# white d south of it; and a long white strip south of the road that a detector might call a tank.
TANKS = {"a": (50, 40), "b": (190, 44), "c": (120, 48), "d": (140, 160)}  # distinct columns
TANK_COLOURS = {"a": WHITE, "b": WHITE, "c": GRAY, "d": WHITE}
ROAD_OUTLINE = [[0, 95], [240, 95], [240, 105], [0, 105]]
STRIP = [[20, 150], [90, 150], [90, 160], [20, 160]]


def disc(x, y, radius=10.0, points=32):
    return [
        [x + radius * math.cos(2 * math.pi * k / points), y + radius * math.sin(2 * math.pi * k / points)]
        for k in range(points)
    ]


def paint(image, polygon, colour):
    """Fill the polygon (pixel coordinates) with the colour: every pixel whose centre is inside."""
    rows, columns = np.mgrid[: image.shape[0], : image.shape[1]]
    xs, ys = columns + 0.5, rows + 0.5
    inside = np.zeros(xs.shape, bool)
    for (ax, ay), (bx, by) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        crosses = (ay > ys) != (by > ys)
        with np.errstate(divide="ignore", invalid="ignore"):
            inside ^= crosses & (xs < ax + (ys - ay) * (bx - ax) / (by - ay))
    image[inside] = colour


def tank_scene() -> np.ndarray:
    """The tank scene's pixels, 200 x 240 x 3."""
    image = np.full((200, 240, 3), GROUND, np.uint8)
    paint(image, ROAD_OUTLINE, ROAD)
    for name, (x, y) in TANKS.items():
        paint(image, disc(x, y), TANK_COLOURS[name])
    paint(image, STRIP, WHITE)
    return image


# Where the tests put the tank scene on the map (tests/qgis/conftest.py names them TANKS_ORIGIN, TANKS_PIXEL).
ORIGIN, PIXEL, CRS = (450000.0, 4440000.0), 0.5, "EPSG:32613"


def write_tank_scene(path, image: np.ndarray | None = None):
    """The tank scene (or ``image``, the same size) as an RGB GeoTIFF at ORIGIN, PIXEL a side, in CRS;
    ``path`` back. Needs rasterio: the models' environment only."""
    import rasterio
    from rasterio.transform import Affine

    image = tank_scene() if image is None else image
    profile = {"driver": "GTiff", "width": image.shape[1], "height": image.shape[0], "count": 3}
    transform = Affine(PIXEL, 0, ORIGIN[0], 0, -PIXEL, ORIGIN[1])
    with rasterio.open(path, "w", **profile, dtype="uint8", crs=CRS, transform=transform) as out:
        out.write(image.transpose(2, 0, 1))
    return path
