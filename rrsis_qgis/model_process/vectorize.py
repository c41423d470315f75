"""Mask -> polygons in the raster's CRS: connected regions with their holes, specks dropped, optionally
simplified. Geometry work uses shapely (GEOS), so the model process needs nothing of QGIS's."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..foundation.dependencies import require


@dataclass
class Polygon:
    wkt: str
    area: float  # in CRS units squared (m² for projected metre CRSs)
    pixels: int  # area in output pixels


def mask_to_polygons(
    mask: np.ndarray,
    transform,
    min_pixels: int = 16,
    simplify_pixels: float = 0.0,
) -> list[Polygon]:
    """One polygon per 8-connected region of ``mask`` (holes kept), largest first.

    ``min_pixels`` drops specks and fills pinholes smaller than that; ``simplify_pixels`` > 0
    simplifies outlines by that many pixels (topology preserved)."""
    features = require("rasterio.features")
    shapely = require("shapely")
    from shapely.geometry import shape as from_geojson

    pixel_area = abs(transform.a * transform.e - transform.b * transform.d)
    tolerance = simplify_pixels * min(abs(transform.a), abs(transform.e)) if simplify_pixels else 0.0
    polygons = []
    binary = np.asarray(mask, dtype=np.uint8)
    for geometry, _ in features.shapes(binary, mask=binary > 0, connectivity=8, transform=transform):
        polygon = from_geojson(geometry)
        if not polygon.is_valid:
            polygon = shapely.make_valid(polygon)
        polygon = _without_small_holes(polygon, min_pixels * pixel_area)
        pixels = round(polygon.area / pixel_area)
        if pixels < min_pixels:
            continue
        if tolerance:
            polygon = polygon.simplify(tolerance, preserve_topology=True)
        polygons.append(Polygon(wkt=to_wkt(polygon), area=polygon.area, pixels=pixels))
    return sorted(polygons, key=lambda polygon: polygon.area, reverse=True)


def to_wkt(geometry) -> str:
    """WKT at full precision (shapely rounds to 6 decimals by default: decimetres in degrees)."""
    return require("shapely").to_wkt(geometry, rounding_precision=-1)


def _without_small_holes(polygon, min_area: float):
    """The polygon with interior rings smaller than ``min_area`` filled."""
    from shapely.geometry import Polygon as Shape

    if polygon.geom_type != "Polygon" or not polygon.interiors:
        return polygon
    kept = [ring for ring in polygon.interiors if Shape(ring).area >= min_area]
    return Shape(polygon.exterior, kept)
