"""Features to ESRI Shapefile, GeoPackage or GeoJSON with pyogrio (GDAL's vector I/O, vectorised, with
its own GDAL), so the CLI and batch jobs need nothing of QGIS's; staged and moved into place by
foundation.vector_files."""

from __future__ import annotations

import functools
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..foundation.dependencies import require
from ..foundation.vector_files import WrittenFile, write_staged


@dataclass
class Feature:
    wkt: str
    attributes: dict  # field name (<= 10 characters, for shapefiles) -> str | int | float


def write_features(
    path: str | Path, features: list[Feature], crs_wkt: str, overwrite: bool = False
) -> WrittenFile:
    """Write ``features`` (geometries in ``crs_wkt``) to ``path``; the format comes from its suffix."""
    writer = functools.partial(_write_with_gdal, features=features, crs_wkt=crs_wkt)
    return write_staged(path, writer, [feature.attributes for feature in features], overwrite)


def _column(values: list) -> np.ndarray:
    """One attribute's values as the array type GDAL's field type follows: 64-bit integers, reals, text."""
    first = values[0]
    if isinstance(first, (bool, int)):
        return np.array(values, dtype=np.int64)
    if isinstance(first, float):
        return np.array(values, dtype=np.float64)
    return np.array(values, dtype=object)


def _write_with_gdal(staged: Path, driver_name: str, features: list[Feature], crs_wkt: str) -> None:
    raw = require("pyogrio.raw")
    shapely = require("shapely")
    from shapely.geometry import MultiPolygon

    shapes = [shapely.from_wkt(feature.wkt) for feature in features]
    shapes = [MultiPolygon([shape]) if shape.geom_type == "Polygon" else shape for shape in shapes]
    names = list(features[0].attributes) if features else []
    columns = [_column([feature.attributes[name] for feature in features]) for name in names]
    shapefile = driver_name == "ESRI Shapefile"
    with warnings.catch_warnings():
        # A text longer than a shapefile keeps is cut by GDAL; write_staged's notes say so in words.
        warnings.filterwarnings("ignore", message=".*has been truncated", category=RuntimeWarning)
        raw.write(
            str(staged),
            np.array(shapely.to_wkb(shapes), dtype=object) if shapes else np.array([], dtype=object),
            columns,
            fields=names,
            crs=crs_wkt,
            driver=driver_name,
            layer=staged.stem,
            geometry_type="MultiPolygon",
            encoding="UTF-8" if shapefile else None,
        )
