"""Outlines that look like the objects (model_process/regularize.py): shapes with known answers, traced
from masks as every result is, and the option end to end through `segment --regularize`."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest
import shapely
from affine import Affine
from rasterio.features import rasterize
from rasterio.warp import transform_geom
from shapely import affinity
from shapely.geometry import Point, Polygon, box, mapping, shape

from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.model_process.features import area_m2, original_path, originals, result_features
from rrsis_qgis.model_process.regularize import (
    NATURAL,
    RECTANGULAR,
    ROUND,
    SIMPLIFY,
    family_of,
    regularize_wkt,
)
from rrsis_qgis.model_process.vectorize import mask_to_polygons
from tests.conftest import REPO_ROOT
from tests.vector_files import read_vector_file

UTM = "EPSG:32613"
PIXEL = 0.5
TRANSFORM = Affine(PIXEL, 0, 450000, 0, -PIXEL, 4440000)  # 100 x 100 m
CENTRE = (450050, 4439950)


def traced(truth, seed=0, noise=0.4):
    """``truth``'s outline shaken by ``noise`` metres, painted on 0.5 m pixels and traced back as every
    result is (mask_to_polygons): a staircase with the model's jitter."""
    rng = np.random.default_rng(seed)

    def shaken(ring):
        points = np.asarray(ring.coords)[:-1]
        points = points + rng.normal(0, noise, points.shape)
        return np.vstack([points, points[:1]])

    dense = truth.segmentize(1.0)
    painted = Polygon(shaken(dense.exterior), [shaken(ring) for ring in dense.interiors]).buffer(0)
    mask = rasterize([painted], out_shape=(200, 200), transform=TRANSFORM)
    (polygon,) = mask_to_polygons(mask, TRANSFORM)[:1]
    return polygon.wkt


def iou(a, b) -> float:
    return a.intersection(b).area / a.union(b).area


def corners(polygon) -> list[float]:
    """The angle (degrees) at each vertex of the outline."""
    ring = np.asarray(polygon.exterior.coords)[:-1]
    before, after = ring - np.roll(ring, 1, axis=0), np.roll(ring, -1, axis=0) - ring
    cosines = (before * after).sum(axis=1) / np.hypot(*before.T) / np.hypot(*after.T)
    return list(np.degrees(np.arccos(np.clip(cosines, -1, 1))))


@pytest.mark.parametrize("angle", [0, 23, 41])
def test_a_noisy_rectangle_becomes_its_rectangle(angle):
    truth = affinity.rotate(box(450020, 4439940, 450070, 4439970), angle, origin="centroid")
    wkt = traced(truth, seed=angle)
    shaped = shapely.from_wkt(regularize_wkt(wkt, UTM, RECTANGULAR, 1.0))
    assert len(shaped.exterior.coords) == 5 and all(abs(turn - 90) < 0.01 for turn in corners(shaped))
    assert iou(shaped, truth) > 0.98 > iou(shapely.from_wkt(wkt), truth)


def test_an_l_shaped_building_keeps_its_l():
    truth = shapely.union_all([box(450020, 4439920, 450070, 4439940), box(450020, 4439940, 450040, 4439980)])
    truth = affinity.rotate(truth, -12, origin="centroid")
    shaped = shapely.from_wkt(regularize_wkt(traced(truth), UTM, RECTANGULAR, 1.0))
    assert len(shaped.exterior.coords) == 7 and all(abs(turn - 90) < 0.01 for turn in corners(shaped))
    assert iou(shaped, truth) > 0.98


def test_a_noisy_disc_becomes_a_circle():
    truth = Point(*CENTRE).buffer(20, quad_segs=64)
    shaped = shapely.from_wkt(regularize_wkt(traced(truth), UTM, ROUND, 1.0))
    centre = shaped.centroid
    radii = [math.hypot(x - centre.x, y - centre.y) for x, y in shaped.exterior.coords]
    assert max(radii) - min(radii) < 1e-6 and iou(shaped, truth) > 0.98


def test_two_tanks_that_touch_are_not_made_one_circle():
    truth = Point(450035, 4439950).buffer(16).union(Point(450065, 4439950).buffer(16))
    shaped = shapely.from_wkt(regularize_wkt(traced(truth), UTM, ROUND, 1.0))
    assert iou(shaped, truth) > 0.95


def test_a_pond_keeps_its_bays():
    truth = Point(*CENTRE).buffer(35).difference(box(450040, 4439960, 450090, 4439970))
    truth = truth.difference(Point(450020, 4439950).buffer(10))
    wkt = traced(truth)
    shaped = shapely.from_wkt(regularize_wkt(wkt, UTM, NATURAL, 1.0))
    assert shaped.geom_type == "Polygon" and shaped.convex_hull.area > 1.05 * shaped.area
    assert iou(shaped, truth) > 0.95
    assert shaped.length < 0.9 * shapely.from_wkt(wkt).length  # no staircase


GROUND_60N = "+proj=aeqd +lat_0=60 +lon_0=10 +ellps=WGS84 +units=m +no_defs"  # metres around 60° N, 10° E


@pytest.mark.parametrize("crs", ["EPSG:3857", "EPSG:32632"])
def test_the_tolerance_is_metres_on_the_ground_in_web_mercator_and_utm_alike(crs):
    """A 60 m square whose north side zigzags 1 m on the ground: flattened at 1.5 m, kept within 0.8 m
    at 0.8 m. At 60° N a Web Mercator unit is half a metre: a tolerance read in the CRS's unit would
    keep the zigzag at 1.5 "m" there."""
    north = [(x, 30 + index % 2) for index, x in enumerate(range(-30, 31, 5))]
    outline = shape(transform_geom(GROUND_60N, crs, mapping(Polygon([(-30, -30), (30, -30), *north[::-1]]))))
    kept = shapely.from_wkt(regularize_wkt(outline.wkt, crs, SIMPLIFY, 0.8))
    flattened = shapely.from_wkt(regularize_wkt(outline.wkt, crs, SIMPLIFY, 1.5))
    assert len(flattened.exterior.coords) == 5 < len(kept.exterior.coords)
    on_ground = [shape(transform_geom(crs, GROUND_60N, mapping(made))) for made in (outline, kept)]
    assert on_ground[0].hausdorff_distance(on_ground[1]) <= 0.8 + 1e-6


def test_the_family_comes_from_the_target_class():
    assert family_of("the white tanks north of the road") == ROUND
    assert family_of("all buildings") == family_of("the two tennis courts") == RECTANGULAR
    assert family_of("the pond near the farmland") == family_of("trees") == NATURAL
    assert family_of("the cars") == family_of("") == SIMPLIFY
    # several targets: their family when they share one, else none is imposed on the others
    assert family_of("the buildings and the tennis courts") == RECTANGULAR
    assert family_of("the storage tanks and the buildings") == SIMPLIFY


def test_areas_are_recomputed_and_the_original_is_kept():
    wkt = traced(Point(*CENTRE).buffer(20))
    [feature] = result_features([wkt], "the tank", "m", 0.9, UTM, settings=RunSettings(regularize=True))
    assert feature.original == wkt and feature.wkt != wkt
    assert feature.area_m2 == area_m2(feature.wkt, UTM) != area_m2(wkt, UTM)
    [companion] = originals([feature], UTM)
    assert (companion.wkt, companion.area_m2, companion.expression) == (wkt, area_m2(wkt, UTM), "the tank")
    [plain] = result_features([wkt], "the tank", "m", 0.9, UTM)
    assert (plain.wkt, plain.original, originals([plain], UTM)) == (wkt, "", [])


@pytest.mark.parametrize("value", [0, -1.0, math.nan, math.inf, "1"])
def test_a_tolerance_that_is_no_length_is_refused(value):
    with pytest.raises(ValueError, match="tolerance_m must be"):
        RunSettings(regularize=True, tolerance_m=value)


BUILDING, TANK, POND, GROUND = (200, 60, 60), (235, 235, 230), (40, 90, 160), (60, 80, 50)
PHRASES = {
    name: {"colours": [list(colour)], "scores": [0.9]}
    for name, colour in (("building", BUILDING), ("storage tank", TANK), ("pond", POND))
}
# What the scene holds, in its pixels (0.5 m): a turned building, a tank, a pond with a bay.
SCENE = {
    "building": affinity.rotate(box(20, 20, 120, 80), 23, origin="centroid"),
    "storage tank": Point(60, 150).buffer(30),
    "pond": Point(150, 140).buffer(40).difference(box(150, 130, 200, 150)),
}


@pytest.fixture
def scene(tmp_path):
    import rasterio

    image = np.zeros((200, 200, 3), np.uint8)
    image[:] = GROUND
    for outline, colour in zip(SCENE.values(), (BUILDING, TANK, POND), strict=True):
        image[rasterize([outline], out_shape=(200, 200)).astype(bool)] = colour
    path = tmp_path / "scene.tif"
    profile = {"driver": "GTiff", "width": 200, "height": 200, "count": 3, "dtype": "uint8"}
    with rasterio.open(path, "w", **profile, crs=UTM, transform=TRANSFORM) as out:
        out.write(image.transpose(2, 0, 1))
    model = tmp_path / "painted"
    model.mkdir()
    (model / "config.json").write_text(json.dumps({"model_type": "painted-objects", "phrases": PHRASES}))
    return path, model


def segment(scene, text, out, *extra):
    raster, model = scene
    script = (
        "import sys; from tests import batch_models; batch_models.register(); "
        "from rrsis_qgis.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    arguments = ["segment", "--raster", raster, "--checkpoint", model, "--text", text, "--out", out]
    return subprocess.run(
        [sys.executable, "-c", script, *map(str, arguments), *extra],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )


def exterior(geometry) -> int:
    """The number of points on the outline of a one-part result (a shapefile reads it back as a
    Polygon, the other formats as a MultiPolygon)."""
    [part] = getattr(geometry, "geoms", [geometry])
    return len(part.exterior.coords)


def on_map(outline):
    return affinity.affine_transform(outline, [PIXEL, 0, 0, -PIXEL, TRANSFORM.c, TRANSFORM.f])


@pytest.mark.parametrize("suffix", [".shp", ".gpkg", ".geojson"])
def test_segment_regularize_writes_shaped_outlines_and_the_traced_ones_beside(scene, tmp_path, suffix):
    out = tmp_path / f"building{suffix}"
    result = segment(scene, "the building", out, "--regularize", "--tolerance-m", "1")
    assert result.returncode == 0, result.stderr
    companion = original_path(out)
    assert companion == tmp_path / f"building_original{suffix}" and str(companion) in result.stdout
    [(shaped, fields)] = read_vector_file(out).rows
    [(original, original_fields)] = read_vector_file(companion).rows
    truth = on_map(SCENE["building"])
    assert exterior(shaped) == 5 < 20 < exterior(original)  # a rectangle; a staircase
    assert iou(shaped, truth) > max(0.98, iou(original, truth))
    assert fields.keys() == original_fields.keys() and fields["expression"] == "the building"
    assert fields["area_m2"] == pytest.approx(shaped.area, rel=1e-3)
    assert original_fields["area_m2"] == pytest.approx(original.area, rel=1e-3)
    assert original_fields["area_m2"] != fields["area_m2"]


def test_segment_regularize_shapes_each_class_its_way(scene, tmp_path):
    for text, vertices in (("the storage tank", 129), ("the pond", None)):
        out = tmp_path / f"{text.split()[-1]}.gpkg"
        assert segment(scene, text, out, "--regularize").returncode == 0
        [(shaped, _)] = read_vector_file(out).rows
        [(original, _)] = read_vector_file(original_path(out)).rows
        truth = on_map(SCENE[text.removeprefix("the ")])
        assert iou(shaped, truth) > 0.97 and original.area == pytest.approx(truth.area, rel=0.02)
        if vertices:
            assert exterior(shaped) == vertices
        else:  # the bay is kept
            assert shaped.convex_hull.area > 1.05 * shaped.area


def test_without_regularize_nothing_is_written_beside(scene, tmp_path):
    out = tmp_path / "building.shp"
    assert segment(scene, "the building", out).returncode == 0
    assert not original_path(out).exists()


def test_a_bad_tolerance_names_the_option(scene, tmp_path):
    result = segment(scene, "the building", tmp_path / "x.shp", "--regularize", "--tolerance-m", "0")
    assert result.returncode == 2 and "--tolerance-m must be more than 0 metres" in result.stderr


def test_batch_regularize_writes_the_traced_outlines_beside_its_geopackage(scene, tmp_path):
    from rrsis_qgis.cli import main
    from tests import batch_models

    batch_models.register()
    raster, model = scene
    out = tmp_path / "job.gpkg"
    arguments = ["batch", "--raster", str(raster), "--text", "the building", "--model", str(model)]
    assert main([*arguments, "--out", str(out), "--tile", "128", "--overlap", "32", "--regularize"]) == 0
    [(shaped, fields)] = read_vector_file(out).rows
    [(original, original_fields)] = read_vector_file(original_path(out)).rows
    assert exterior(shaped) == 5 < 20 < exterior(original) and fields["raster"] == original_fields["raster"]
    assert iou(shaped, on_map(SCENE["building"])) > 0.98
