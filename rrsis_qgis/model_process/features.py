"""The attributes of every output polygon, computed once, here: the panel's layers, Processing, the CLI
and batch jobs all get their features from `result_features`.

With ``RunSettings.regularize`` each outline is first shaped by what the expression's target is
(`regularize.py`), and the traced outline is kept as the feature's ``original``.

``area_m2`` is the area on the WGS 84 ellipsoid, whatever the CRS: what QGIS's measure tool and
``$area`` give with the project's ellipsoid set to WGS 84, and what an analyst means by an area. A
planar area would be off by the projection's scale (0.04 % in UTM, a factor 1/cos²(latitude) in Web
Mercator). It is measured on a Lambert azimuthal equal-area projection centred on the polygon, which
keeps areas on the ellipsoid exactly.
"""

from __future__ import annotations

import datetime
import math
from dataclasses import replace
from pathlib import Path

from ..foundation.dependencies import require
from ..foundation.run_settings import RunSettings
from ..protocol.messages import ResultFeature


def result_features(
    wkts: list[str],
    expression: str,
    model: str,
    score: float,
    crs_wkt: str,
    created: str | None = None,
    prompt: str = "text",
    settings: RunSettings | None = None,
) -> list[ResultFeature]:
    """Features for polygons (WKT in ``crs_wkt``) found for ``expression`` (and clicks, as ``prompt``
    says), all with one creation time; regularized when ``settings`` say so."""
    created = created or utc_now()
    score = round(float(score), 4)
    if settings is None or not settings.regularize:
        return [
            ResultFeature(wkt, expression, model, score, area_m2(wkt, crs_wkt), created, prompt)
            for wkt in wkts
        ]
    from .regularize import family_of, regularize_wkt

    family = family_of(expression)
    shaped = [regularize_wkt(wkt, crs_wkt, family, settings.tolerance_m) for wkt in wkts]
    return [
        ResultFeature(made, expression, model, score, area_m2(made, crs_wkt), created, prompt, original=wkt)
        for made, wkt in zip(shaped, wkts, strict=True)
    ]


def originals(features: list[ResultFeature], crs_wkt: str) -> list[ResultFeature]:
    """The companion of regularized features: each one's traced outline with its own area and the same
    other attributes; empty when none was regularized."""
    return [
        replace(feature, wkt=feature.original, area_m2=area_m2(feature.original, crs_wkt), original="")
        for feature in features
        if feature.original
    ]


def original_path(path: str | Path) -> Path:
    """Where the traced outlines of a regularized result written to ``path`` go: beside it, in the same
    format (a shapefile's text field could not hold an outline: it ends at 254 characters)."""
    path = Path(path)
    return path.with_name(f"{path.stem}_original{path.suffix}")


def utc_now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


ANGLE_UNITS = {"degree", "radian", "grad", "arc-second", "arc-minute"}


def area_m2(wkt: str, crs_wkt: str) -> float:
    """The polygon's area on the WGS 84 ellipsoid in m²; for a CRS not placed on the Earth (a local
    engineering CRS), its planar area converted to m² by the CRS's length unit, and NaN when the CRS
    names no length unit (a number in unknown units would pass for square metres). ``crs_wkt`` may
    also be an authority id."""
    shapely = require("shapely")
    from rasterio.crs import CRS
    from rasterio.errors import CRSError
    from rasterio.warp import transform_geom
    from shapely.geometry import mapping, shape

    geometry = shapely.from_wkt(wkt)
    if geometry.is_empty:
        return 0.0
    source = CRS.from_user_input(crs_wkt)  # WKT, or an authority id such as EPSG:32613
    if not (source.is_projected or source.is_geographic):
        try:
            unit, metres = source.units_factor
        except CRSError:
            return math.nan
        if unit.lower() in ANGLE_UNITS:
            return math.nan
        return float(geometry.area) * metres**2
    longitude, latitude = _centre_in_degrees(geometry, source)
    equal_area = f"+proj=laea +lat_0={latitude} +lon_0={longitude} +ellps=WGS84 +units=m +no_defs"
    # Straight edges in the source CRS stay close to straight in the local projection; long ones are
    # cut so that they follow the source's shape there too.
    longest = max(geometry.bounds[2] - geometry.bounds[0], geometry.bounds[3] - geometry.bounds[1])
    densified = geometry.segmentize(longest / 64) if longest > 0 else geometry
    return float(shape(transform_geom(source, equal_area, mapping(densified))).area)


def _centre_in_degrees(geometry, source) -> tuple[float, float]:
    from rasterio.warp import transform

    centre = geometry.centroid
    longitudes, latitudes = transform(source, "EPSG:4326", [centre.x], [centre.y])
    return longitudes[0], latitudes[0]
