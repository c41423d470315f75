"""Mask -> polygons in the raster's CRS: connected regions with their holes, specks dropped, optionally
simplified. Geometry work uses GDAL's OGR (python3-gdal comes with QGIS's Python packages)."""

from __future__ import annotations

import json
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
    ogr = require("osgeo.ogr")
    pixel_area = abs(transform.a * transform.e - transform.b * transform.d)
    tolerance = simplify_pixels * min(abs(transform.a), abs(transform.e)) if simplify_pixels else 0.0
    polygons = []
    binary = np.asarray(mask, dtype=np.uint8)
    for geometry, _ in features.shapes(binary, mask=binary > 0, connectivity=8, transform=transform):
        shape = ogr.CreateGeometryFromJson(json.dumps(geometry))
        if not shape.IsValid():
            shape = shape.MakeValid()
        shape = _without_small_holes(ogr, shape, min_pixels * pixel_area)
        pixels = round(shape.GetArea() / pixel_area)
        if pixels < min_pixels:
            continue
        if tolerance:
            shape = shape.SimplifyPreserveTopology(tolerance)
        polygons.append(Polygon(wkt=shape.ExportToWkt(), area=shape.GetArea(), pixels=pixels))
    return sorted(polygons, key=lambda polygon: polygon.area, reverse=True)


def _without_small_holes(ogr, polygon, min_area: float):
    """The polygon with interior rings smaller than ``min_area`` filled."""
    if polygon.GetGeometryType() != ogr.wkbPolygon or polygon.GetGeometryCount() < 2:
        return polygon
    kept = ogr.Geometry(ogr.wkbPolygon)
    kept.AddGeometry(polygon.GetGeometryRef(0))
    for index in range(1, polygon.GetGeometryCount()):
        ring = polygon.GetGeometryRef(index)
        hole = ogr.Geometry(ogr.wkbPolygon)
        hole.AddGeometry(ring)
        if hole.GetArea() >= min_area:
            kept.AddGeometry(ring)
    return kept
