"""Masks to polygons, and polygons to SHP / GPKG / GeoJSON that OGR reads back exactly."""

from __future__ import annotations

import math

import numpy as np
import pytest
from rasterio.crs import CRS
from rasterio.transform import from_origin
from shapely import from_wkt

from rrsis_qgis.model_process.export import Feature, write_features
from rrsis_qgis.model_process.features import area_m2
from rrsis_qgis.model_process.vectorize import mask_to_polygons
from tests.vector_files import read_vector_file

UTM = CRS.from_epsg(32633).to_wkt()


def test_regions_keep_holes_and_specks_are_dropped():
    mask = np.zeros((30, 30), dtype=bool)
    mask[2:12, 2:12] = True
    mask[5:8, 5:8] = False  # a courtyard
    mask[20:26, 20:24] = True
    mask[28, 1] = True  # a speck
    polygons = mask_to_polygons(mask, from_origin(500000, 4000000, 2, 2), min_pixels=4)
    assert [p.pixels for p in polygons] == [91, 24]
    assert polygons[0].area == pytest.approx(91 * 4)
    assert len(from_wkt(polygons[0].wkt).interiors) == 1  # outer ring + hole
    assert polygons[0].wkt.startswith("POLYGON ((500004 3999996")


def test_pinholes_are_filled_courtyards_kept():
    mask = np.zeros((30, 30), dtype=bool)
    mask[2:20, 2:20] = True
    mask[5, 5] = False  # a one-pixel pinhole
    mask[10:15, 10:15] = False  # a 25-pixel courtyard
    (polygon,) = mask_to_polygons(mask, from_origin(0, 30, 1, 1), min_pixels=4)
    assert len(from_wkt(polygon.wkt).interiors) == 1  # outer ring + courtyard only
    assert polygon.pixels == 18 * 18 - 25


def test_simplification_reduces_vertices():
    y, x = np.ogrid[:80, :80]
    disc = (x - 40) ** 2 + (y - 40) ** 2 <= 30**2
    transform = from_origin(0, 80, 1, 1)
    (detailed,) = mask_to_polygons(disc, transform)
    (simple,) = mask_to_polygons(disc, transform, simplify_pixels=2)
    assert _vertices(simple.wkt) < _vertices(detailed.wkt) / 2


def _vertices(wkt: str) -> int:
    return len(from_wkt(wkt).exterior.coords)


def _read_back(path):
    written = read_vector_file(path)
    return written.rows, written.crs


@pytest.mark.parametrize("suffix", [".shp", ".gpkg", ".geojson"])
def test_round_trip_with_non_ascii_text(tmp_path, suffix):
    square = "POLYGON ((500000 4000000,500010 4000000,500010 4000010,500000 4000010,500000 4000000))"
    attributes = {"expression": "die weiße Scheune 北", "score": 0.75, "area_m2": 100.0}
    target = write_features(tmp_path / f"résultat{suffix}", [Feature(square, attributes)], UTM).path
    rows, crs = _read_back(target)
    assert len(rows) == 1
    written, original = rows[0][0], from_wkt(square)
    assert written.bounds == original.bounds and written.area == original.area
    assert rows[0][1]["expression"] == "die weiße Scheune 北"
    assert rows[0][1]["score"] == pytest.approx(0.75)
    assert crs.to_epsg() == 32633
    if suffix == ".shp":
        assert (tmp_path / "résultat.prj").is_file()
        assert (tmp_path / "résultat.cpg").read_text().strip().upper() == "UTF-8"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no staging left


def test_existing_file_is_kept_unless_overwrite(tmp_path):
    square = "POLYGON ((0 0,1 0,1 1,0 1,0 0))"
    target = write_features(tmp_path / "out.geojson", [Feature(square, {"n": 1})], UTM).path
    before = target.read_bytes()
    with pytest.raises(FileExistsError, match="exists"):
        write_features(target, [Feature(square, {"n": 2})], UTM)
    assert target.read_bytes() == before
    write_features(target, [Feature(square, {"n": 2})], UTM, overwrite=True)
    assert _read_back(target)[0][0][1]["n"] == 2


def test_unwritable_target_and_unknown_format_are_explained(tmp_path):
    square = "POLYGON ((0 0,1 0,1 1,0 1,0 0))"
    with pytest.raises(PermissionError, match="missing or read-only"):
        write_features(tmp_path / "no" / "such" / "out.shp", [Feature(square, {})], UTM)
    with pytest.raises(ValueError, match=r"\.shp, \.gpkg or \.geojson"):
        write_features(tmp_path / "out.kml", [Feature(square, {})], UTM)


def test_area_is_measured_on_the_ellipsoid_whatever_the_crs():
    # On UTM's central meridian the projection shrinks lengths by its scale factor 0.9996: a square of
    # 100 m on the map covers 100.04 m on the ground each way.
    square = "POLYGON ((500000 4000000,500100 4000000,500100 4000100,500000 4000100,500000 4000000))"
    assert area_m2(square, UTM) == pytest.approx(10_000 / 0.9996**2, rel=2e-5)
    degree_box = "POLYGON ((-105.01 40,-105 40,-105 40.01,-105.01 40.01,-105.01 40))"
    # 0.01° of longitude at 40°N ≈ 853.5 m, 0.01° of latitude ≈ 1110.5 m
    assert area_m2(degree_box, CRS.from_epsg(4326).to_wkt()) == pytest.approx(853.5 * 1110.5, rel=0.01)
    # Web Mercator stretches lengths by 1/cos(latitude): at 60°N a 200 m square on the map is ~100 m.
    y = 8_399_737.89  # 60°N
    mercator = f"POLYGON ((0 {y},200 {y},200 {y + 200},0 {y + 200},0 {y}))"
    assert area_m2(mercator, CRS.from_epsg(3857).to_wkt()) == pytest.approx(10_000, rel=0.01)


def test_a_local_crs_gives_square_metres_by_its_unit_or_no_number_at_all():
    """A local engineering CRS in feet: 100 ft x 100 ft is 929 m², not "10,000"; one without a length
    unit gives no area rather than a number in unknown units (here, degrees)."""
    square = "POLYGON ((0 0,100 0,100 100,0 100,0 0))"
    feet = 'LOCAL_CS["site grid",LOCAL_DATUM["site",0],UNIT["foot",0.3048],AXIS["X",EAST],AXIS["Y",NORTH]]'
    assert area_m2(square, feet) == pytest.approx(10_000 * 0.3048**2)
    metres = (
        'ENGCRS["site",EDATUM["site"],CS[Cartesian,2],AXIS["x",east],AXIS["y",north],LENGTHUNIT["metre",1]]'
    )
    assert area_m2(square, metres) == pytest.approx(10_000)
    angle = 'ANGLEUNIT["degree",0.0174]'
    angles = f'ENGCRS["x",EDATUM["x"],CS[Cartesian,2],AXIS["x",east,{angle}],AXIS["y",north,{angle}]]'
    assert math.isnan(area_m2(square, angles))


def test_the_crs_may_be_named_by_an_authority_id_as_rendered_views_name_it():
    square = "POLYGON ((500000 4000000,500100 4000000,500100 4000100,500000 4000100,500000 4000000))"
    assert area_m2(square, "EPSG:32613") == area_m2(square, CRS.from_epsg(32613).to_wkt()) > 0
