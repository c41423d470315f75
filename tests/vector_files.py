"""Reading back what the plugin wrote, with pyogrio (its own GDAL) and shapely: the tests of the models'
environment have no QGIS and no osgeo."""

from __future__ import annotations

from dataclasses import dataclass

import pyogrio
import shapely
from pyogrio import raw
from rasterio.crs import CRS


@dataclass
class VectorFile:
    rows: list[tuple]  # (shapely geometry, {field: value}) per feature
    crs: CRS | None
    bounds: tuple[float, float, float, float]  # xmin, ymin, xmax, ymax


def read_vector_file(path) -> VectorFile:
    meta, _fids, geometries, columns = raw.read(path)
    names = list(meta["fields"])
    rows = [
        (shapely.from_wkb(geometry), {name: _plain(column[index]) for name, column in zip(names, columns)})
        for index, geometry in enumerate(geometries)
    ]
    crs = CRS.from_user_input(meta["crs"]) if meta["crs"] else None
    return VectorFile(rows, crs, tuple(float(value) for value in pyogrio.read_info(path)["total_bounds"]))


def _plain(value):
    """A numpy scalar as the Python value it holds (what the tests compare with)."""
    return value.item() if hasattr(value, "item") else value
