"""Reading back what the plugin wrote, with fiona (its own GDAL) and shapely: the tests of the models'
environment have no QGIS and no osgeo."""

from __future__ import annotations

from dataclasses import dataclass

import fiona
from rasterio.crs import CRS
from shapely.geometry import shape


@dataclass
class VectorFile:
    rows: list[tuple]  # (shapely geometry, {field: value}) per feature
    crs: CRS | None
    bounds: tuple[float, float, float, float]  # xmin, ymin, xmax, ymax


def read_vector_file(path) -> VectorFile:
    with fiona.open(path) as source:
        rows = [(shape(feature.geometry), dict(feature.properties)) for feature in source]
        crs = CRS.from_wkt(source.crs_wkt) if source.crs_wkt else None
        return VectorFile(rows, crs, tuple(source.bounds))
