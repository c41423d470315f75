"""Write polygons with attributes to ESRI Shapefile, GeoPackage or GeoJSON, safely.

The file set is written into a temporary folder beside the target and moved into place only when
complete, so an interrupted export never leaves half a file and never damages an existing one. An
existing target is kept unless ``overwrite`` is asked for. Shapefiles get a .prj and a .cpg (UTF-8), so
non-ASCII expressions survive.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..foundation.dependencies import require

DRIVERS = {".shp": "ESRI Shapefile", ".gpkg": "GPKG", ".geojson": "GeoJSON", ".json": "GeoJSON"}
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")


@dataclass
class Feature:
    wkt: str
    attributes: dict  # field name (<= 10 characters, for shapefiles) -> str | int | float


def _field_type(ogr, value):
    if isinstance(value, (bool, int)):
        return ogr.OFTInteger64
    if isinstance(value, float):
        return ogr.OFTReal
    return ogr.OFTString


def write_features(path: str | Path, features: list[Feature], crs_wkt: str, overwrite: bool = False) -> Path:
    """Write ``features`` (geometries in ``crs_wkt``) to ``path``; the format comes from its suffix."""
    ogr, osr = require("osgeo.ogr"), require("osgeo.osr")
    ogr.UseExceptions()
    target = Path(path)
    driver_name = DRIVERS.get(target.suffix.lower())
    if driver_name is None:
        raise ValueError(f"cannot write {target.name}: use .shp, .gpkg or .geojson")
    parts = (
        [target.with_suffix(suffix) for suffix in SHAPEFILE_PARTS]
        if target.suffix.lower() == ".shp"
        else [target]
    )
    if target.exists() and not overwrite:
        raise FileExistsError(f"{target} exists; choose another name or allow overwriting")
    if not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
        raise PermissionError(f"cannot write into {target.parent}: the folder is missing or read-only")

    spatial_reference = osr.SpatialReference()
    spatial_reference.ImportFromWkt(crs_wkt)
    spatial_reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.stem}.", dir=target.parent))
    try:
        staged = staging / target.name
        source = ogr.GetDriverByName(driver_name).CreateDataSource(str(staged))
        options = ["ENCODING=UTF-8"] if driver_name == "ESRI Shapefile" else []
        layer = source.CreateLayer(target.stem, spatial_reference, ogr.wkbMultiPolygon, options=options)
        names = list(features[0].attributes) if features else []
        for name in names:
            definition = ogr.FieldDefn(name, _field_type(ogr, features[0].attributes[name]))
            if definition.GetType() == ogr.OFTReal:  # shapefiles need room for areas in m²
                definition.SetWidth(24)
                definition.SetPrecision(4)
            elif definition.GetType() == ogr.OFTString:
                definition.SetWidth(254)
            layer.CreateField(definition)
        for feature in features:
            record = ogr.Feature(layer.GetLayerDefn())
            for name in names:
                record.SetField(name, feature.attributes[name])
            record.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(feature.wkt)))
            layer.CreateFeature(record)
        source = None  # closes and flushes the file(s)
        for part in parts:
            staged_part = staging / part.name
            if staged_part.exists():
                os.replace(staged_part, part)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def area_m2(wkt: str, crs_wkt: str) -> float | None:
    """Area in square metres: planar in a metre-based projected CRS, else on a local equal-area projection."""
    ogr, osr = require("osgeo.ogr"), require("osgeo.osr")
    geometry = ogr.CreateGeometryFromWkt(wkt)
    source = osr.SpatialReference()
    source.ImportFromWkt(crs_wkt)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if source.IsProjected():
        return geometry.GetArea() * source.GetLinearUnits() ** 2
    if not source.IsGeographic():
        return None
    centroid = geometry.Centroid()
    equal_area = osr.SpatialReference()
    equal_area.ImportFromProj4(f"+proj=laea +lat_0={centroid.GetY()} +lon_0={centroid.GetX()} +units=m")
    equal_area.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    geometry.Transform(osr.CoordinateTransformation(source, equal_area))
    return geometry.GetArea()
