"""Relations judged on the true outlines, against the anchor the phrase picks, in metres on the ground
(issue #36): "on the road" on the road's outline, not in its box; a bridge across a river comes out on
both sides; "north of the road" against the nearest of a road's many segments; "within 50 m" in Web
Mercator is 50 m on the ground."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from rasterio.crs import CRS
from rasterio.transform import Affine

from rrsis_qgis.referring.inspect import frame_of
from rrsis_qgis.referring.program import Program, Relation
from rrsis_qgis.referring.select import Candidate, Frame, select


def _box(identifier, x0, y0, x1, y1, score=0.5):
    return Candidate(identifier, (x0, y0, x1, y1), score)


def _polygon(identifier, points, score=0.8):
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return Candidate(identifier, (min(xs), min(ys), max(xs), max(ys)), score, tuple(points))


VIEW = Frame(200, 200)


def _all(target, relation, candidates, frame=VIEW):
    return select(Program("", target, count=None, relations=(relation,)), candidates, frame)


def test_cars_on_a_diagonal_road_are_those_on_its_outline_not_in_its_box():
    road = _polygon("road", [(0, 0), (20, 0), (200, 180), (200, 200), (180, 200), (0, 20)])
    cars = [
        _box("on", 95, 95, 105, 105),
        _box("beside", 150, 30, 160, 40, 0.9),
        _box("half", 108, 92, 122, 100),
    ]
    selection = _all("car", Relation("inside", "road"), {"car": cars, "road": [road]})
    # "beside" lies in the road's box, far off the road; "half" is over the road's edge by about half.
    assert sorted(selection.selected) == ["half", "on"]


def test_a_bridge_crosses_the_river_and_what_is_in_it_or_on_one_bank_does_not():
    river = _polygon("river", [(90, 0), (110, 0), (110, 200), (90, 200)])
    things = [
        _box("bridge", 70, 95, 130, 105),
        _box("boat", 95, 50, 105, 60, 0.9),  # in the river
        _box("jetty", 100, 150, 130, 156, 0.9),  # half over the water, out on one bank only
    ]
    assert _all("bridge", Relation("crossing", "river"), {"bridge": things, "river": [river]}).selected == [
        "bridge"
    ]


def test_north_of_the_road_is_judged_against_the_nearest_of_its_segments():
    """A road layer of two segments: the tank beside the northern one is south of it, although it is
    north of the other, farther one."""
    segments = [_box("south road", 0, 95, 100, 105), _box("north road", 110, 20, 250, 30)]
    tanks = [_box("north of it", 45, 55, 55, 65), _box("south of the nearest", 115, 55, 125, 65)]
    selection = _all("tank", Relation("north_of", "road"), {"tank": tanks, "road": segments}, Frame(260, 200))
    assert selection.selected == ["north of it"]
    assert selection.notes == []


def test_a_target_is_never_its_own_anchor():
    cars = [
        _box("alone", 0, 0, 10, 10),
        _box("pair a", 100, 100, 110, 110),
        _box("pair b", 112, 100, 122, 110),
    ]
    selection = _all("car", Relation("near", "car"), {"car": cars})
    assert sorted(selection.selected) == ["pair a", "pair b"]


def test_within_50_m_is_50_m_on_the_ground_in_web_mercator(tmp_path):
    """A Web Mercator raster at 50° N: a map unit is 0.643 m on the ground there. Two buildings 40 m and
    60 m from the river: within 50 m keeps the first only (read in map units, neither)."""
    x, y = 0.0, 6_446_275.8  # 50° N on the Greenwich meridian, in EPSG:3857
    path = tmp_path / "mercator.tif"
    profile = dict(driver="GTiff", width=300, height=100, count=3, dtype="uint8", crs="EPSG:3857")
    with rasterio.open(path, "w", transform=Affine(1, 0, x, 0, -1, y + 50), **profile) as dataset:
        dataset.write(np.zeros((3, 100, 300), np.uint8))
    with rasterio.open(path) as dataset:
        frame = frame_of(dataset.width, dataset.height, dataset.transform, dataset.crs)
    assert frame.pixel_size_m == pytest.approx(0.6432, rel=1e-3)
    gap_40, gap_60 = 40 / frame.pixel_size_m, 60 / frame.pixel_size_m
    candidates = {
        "river": [_box("river", 0, 40, 20, 60)],
        "building": [
            _box("40 m", 20 + gap_40, 45, 30 + gap_40, 55),
            _box("60 m", 20 + gap_60, 45, 30 + gap_60, 55),
        ],
    }
    selection = _all("building", Relation("near", "river", distance_m=50.0), candidates, frame)
    assert selection.selected == ["40 m"]
    # Where a map unit is about a metre, as before: UTM near its meridian; a geographic CRS's degrees.
    utm = frame_of(100, 100, Affine(0.5, 0, 450_000, 0, -0.5, 4_440_000), CRS.from_epsg(32613))
    assert utm.pixel_size_m == pytest.approx(0.5, rel=1e-3)
    degrees = frame_of(100, 100, Affine(1e-5, 0, 10, 0, -1e-5, 50.0005), CRS.from_epsg(4326))
    # 1e-5° of latitude is 1.113 m at 50° N, of longitude 0.717 m: a pixel of the area of a 0.893 m square.
    assert degrees.pixel_size_m == pytest.approx(0.8933, rel=1e-3)
