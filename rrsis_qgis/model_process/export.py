"""Features to ESRI Shapefile, GeoPackage or GeoJSON with fiona (its own GDAL), so the CLI and batch jobs
need nothing of QGIS's; staged and moved into place by foundation.vector_files."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..foundation.dependencies import require
from ..foundation.vector_files import SHAPEFILE_TEXT_BYTES, WrittenFile, write_staged


@dataclass
class Feature:
    wkt: str
    attributes: dict  # field name (<= 10 characters, for shapefiles) -> str | int | float


def write_features(
    path: str | Path, features: list[Feature], crs_wkt: str, overwrite: bool = False
) -> WrittenFile:
    """Write ``features`` (geometries in ``crs_wkt``) to ``path``; the format comes from its suffix."""
    writer = functools.partial(_write_with_fiona, features=features, crs_wkt=crs_wkt)
    return write_staged(path, writer, [feature.attributes for feature in features], overwrite)


def _field_type(value, shapefile: bool) -> str:
    """The fiona schema type of an attribute value: 64-bit integers, reals with room for areas in m²
    (shapefiles need a width), text (dBASE's limit in shapefiles)."""
    if isinstance(value, (bool, int)):
        return "int64"
    if isinstance(value, float):
        return "float:24.4" if shapefile else "float"
    return f"str:{SHAPEFILE_TEXT_BYTES}" if shapefile else "str"


def _write_with_fiona(staged: Path, driver_name: str, features: list[Feature], crs_wkt: str) -> None:
    fiona = require("fiona")
    shapely = require("shapely")
    from shapely.geometry import MultiPolygon, mapping

    shapefile = driver_name == "ESRI Shapefile"
    names = list(features[0].attributes) if features else []
    schema = {
        "geometry": "MultiPolygon",
        "properties": {name: _field_type(features[0].attributes[name], shapefile) for name in names},
    }
    with fiona.open(
        staged,
        "w",
        driver=driver_name,
        schema=schema,
        crs_wkt=crs_wkt,
        layer=staged.stem,
        encoding="utf-8" if shapefile else None,
    ) as sink:
        for feature in features:
            shape = shapely.from_wkt(feature.wkt)
            shape = MultiPolygon([shape]) if shape.geom_type == "Polygon" else shape
            sink.write({"geometry": mapping(shape), "properties": dict(feature.attributes)})
