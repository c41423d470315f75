"""The same program on a whole raster as on a view (model_process/whole_raster.py): Processing's tiled run
and a batch job ask the detector for every phrase on every tile, join the objects cut by a seam, and
select once over the raster, so that "the leftmost tank" is one tank, not one per tile, and the polygons
are those of the panel's run on a view holding the whole raster."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from shapely import wkt
from shapely.geometry import Point
from shapely.ops import unary_union

from rrsis_qgis.batch.job import BatchSettings, job_folder, run_batch
from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.model_process.model_manager import ModelManager
from rrsis_qgis.model_process.segmenter import Segmenter
from rrsis_qgis.model_process.tiled_run import tiled_features
from rrsis_qgis.protocol import messages as m
from rrsis_qgis.referring.parse import parse_expression
from rrsis_qgis.referring.program import Relation
from tests import batch_models, referring_scene
from tests.referring_scene import GROUND, ORIGIN, PIXEL, WHITE, disc, paint
from tests.vector_files import read_vector_file

TILE, OVERLAP = 128, 32  # stride 96: cores [0, 96), [96, 192), [192, 256) each way, 3 x 3 tiles
# White tanks of different sizes (centre, radius) in several tiles: A the leftmost; B the largest, cut
# in two by the seam at x = 96; C the second largest.
TANKS = {"A": ((20, 200), 6), "B": ((96, 60), 22), "C": ((150, 140), 18), "D": ((230, 230), 14)}
TANKS |= {"E": ((60, 130), 10)}


@pytest.fixture
def sized_tanks(tmp_path):
    import numpy as np

    image = np.full((256, 256, 3), GROUND, np.uint8)
    for (x, y), radius in TANKS.values():
        paint(image, disc(x, y, radius, points=64), WHITE)
    return str(referring_scene.write_tank_scene(tmp_path / "sized.tif", image))


@pytest.fixture
def tank_scene(tmp_path):
    return str(referring_scene.write_tank_scene(tmp_path / "tanks.tif"))


def tiled(raster, model, expression, programs=()):
    job = m.TileJob(str(model), (expression,), RunSettings(device="cpu"), programs=programs)
    items = list(tiled_features(m.TilesRequest(job, raster, tile=TILE, overlap=OVERLAP), ModelManager()))
    return [item for item in items if isinstance(item, m.ResultFeature)], items[-1]


def on_a_view(raster, model, expression, program=None):
    settings = RunSettings(device="cpu")
    return (
        Segmenter()
        .run(m.SegmentRequest(raster, expression, str(model), settings=settings, program=program))
        .features
    )


def named(features, tanks=TANKS) -> list[str]:
    """The tanks that the features (or shapes) hold."""
    shapes = [wkt.loads(feature.wkt) for feature in features]  # a shapely shape has its .wkt too
    found = []
    for name, ((x, y), _radius) in tanks.items():
        centre = Point(ORIGIN[0] + PIXEL * x, ORIGIN[1] - PIXEL * y)
        found += [name for shape in shapes if shape.contains(centre)]
    return sorted(found)


def test_the_leftmost_tank_of_a_tiled_raster_is_one_tank_of_the_whole_raster(sized_tanks, painted_model):
    features, done = tiled(sized_tanks, painted_model, "the leftmost tank")
    assert named(features) == ["A"] and len(features) == 1
    # Nothing is judged on a tile alone any more: the reading, and no note about tiles.
    assert done.notes == ["understood as: target: storage tank; count: 1; order: leftmost"]


def test_the_two_largest_tanks_are_the_raster_s_two_largest_with_the_one_cut_by_a_seam_whole(
    sized_tanks, painted_model
):
    features, _done = tiled(sized_tanks, painted_model, "the two largest tanks")
    assert named(features) == ["B", "C"] and len(features) == 2
    areas = sorted(wkt.loads(feature.wkt).area / PIXEL**2 for feature in features)
    assert areas == pytest.approx([math.pi * 18**2, math.pi * 22**2], rel=0.05)  # B's halves as one


@pytest.mark.parametrize(
    "expression",
    ["the leftmost tank", "the two largest tanks", "the small tank on the right"],
)
def test_a_tiled_run_gives_the_polygons_of_a_view_holding_the_whole_raster(
    sized_tanks, painted_model, expression
):
    features, _done = tiled(sized_tanks, painted_model, expression)
    view = on_a_view(sized_tanks, painted_model, expression)
    assert named(features) == named(view)
    tiles, whole = (
        unary_union([wkt.loads(f.wkt) for f in features]),
        unary_union([wkt.loads(f.wkt) for f in view]),
    )
    assert tiles.symmetric_difference(whole).area < 1e-6


def test_a_relation_to_an_anchor_cut_by_seams_is_judged_over_the_whole_raster(tank_scene, painted_model):
    """The painted road crosses six tiles (and the seam at row 96): one road, and one white tank north of
    it over the whole raster, the one the panel's view finds."""
    expression = "the white tank north of the road"
    features, done = tiled(tank_scene, painted_model, expression)
    view = on_a_view(tank_scene, painted_model, expression)
    assert len(features) == 1 and named(features, _scene_tanks()) == named(view, _scene_tanks())
    assert done.notes == [
        "understood as: target: storage tank; count: 1; attributes: white; relation: north of road"
    ]


def test_what_the_selection_found_missing_is_said_once_for_the_raster(tank_scene, painted_model):
    """No river anywhere: said once (a tile's own findings were dropped before), and the relation is not
    applied, as on a view."""
    features, done = tiled(tank_scene, painted_model, "all tanks near the river")
    assert "no 'river' was found, so 'near' was not applied" in done.notes
    assert len(features) == len(on_a_view(tank_scene, painted_model, "all tanks near the river"))


def test_a_view_and_a_tiled_run_run_the_reading_that_came_with_the_request(sized_tanks, painted_model):
    """The reading the panel showed crosses with the request and is what runs, not one made again in
    the model process (here one that differs from what the parser reads, to tell them apart)."""
    shown = replace(parse_expression("the leftmost tank"), ordering="rightmost").as_json()
    assert named(on_a_view(sized_tanks, painted_model, "the leftmost tank", shown)) == ["D"]
    features, done = tiled(sized_tanks, painted_model, "the leftmost tank", (shown,))
    assert named(features) == ["D"]
    assert done.notes == ["understood as: target: storage tank; count: 1; order: rightmost"]


def test_every_tile_asks_the_detector_for_the_phrases_of_the_reading_that_came(tank_scene, painted_model):
    """The reading sent names an anchor the text does not ("the white tanks" + north of the road): the
    tiles look for the road too, so the selection has it, as a view does."""
    shown = replace(parse_expression("the white tanks"), relations=(Relation("north_of", "road"),)).as_json()
    features, done = tiled(tank_scene, painted_model, "the white tanks", (shown,))
    view = on_a_view(tank_scene, painted_model, "the white tanks", shown)
    assert not [note for note in done.notes if "was not applied" in note], done.notes
    assert named(features, _scene_tanks()) == named(view, _scene_tanks())


def test_targets_joined_by_and_are_each_selected_over_the_raster_as_on_a_view(tank_scene, painted_model):
    """ "the gray tank and the road": the one gray tank, and the road that crosses six tiles as one
    object, on a tiled raster as on a view of the whole of it."""
    expression = "the gray tank and the road"
    features, done = tiled(tank_scene, painted_model, expression)
    view = on_a_view(tank_scene, painted_model, expression)
    on_the_road = Point(ORIGIN[0] + PIXEL * 120, ORIGIN[1] - PIXEL * 100)
    for found in (features, view):
        assert named(found, _scene_tanks()) == ["c"]
        assert [wkt.loads(f.wkt).contains(on_the_road) for f in found].count(True) == 1
    tiles, whole = (
        unary_union([wkt.loads(f.wkt) for f in features]),
        unary_union([wkt.loads(f.wkt) for f in view]),
    )
    assert tiles.symmetric_difference(whole).area < 1e-6
    assert done.notes == [
        "understood as: target: storage tank; count: 1; attributes: gray; and target: road; count: 1"
    ]


def _scene_tanks() -> dict:
    return {name: (centre, 10) for name, centre in referring_scene.TANKS.items()}


# ---- batch jobs ------------------------------------------------------------------------------------


def _batch(raster, model, out, **overrides):
    settings = BatchSettings(
        rasters=[raster],
        texts=["the two largest tanks", "the leftmost tank"],
        model=str(model),
        out=out,
        tile=TILE,
        overlap=OVERLAP,
        run=RunSettings(device="cpu"),
        **overrides,
    )
    return run_batch(settings)


def _written(out) -> dict[str, list[str]]:
    by_expression: dict[str, list] = {}
    for geometry, fields in read_vector_file(out).rows:
        by_expression.setdefault(fields["expression"], []).append(geometry)
    return {expression: named(shapes) for expression, shapes in by_expression.items()}


def test_a_batch_job_selects_once_per_raster_after_its_tiles(sized_tanks, painted_model, tmp_path):
    out = tmp_path / "out.gpkg"
    report = _batch(sized_tanks, painted_model, out)
    assert report.failed_tiles == [] and report.tiles == 9
    assert _written(out) == {"the two largest tanks": ["B", "C"], "the leftmost tank": ["A"]}
    assert report.polygons == 3


def test_a_resumed_batch_job_selects_over_the_candidates_its_journal_kept(
    sized_tanks, failing_painted_model, tmp_path
):
    """A tile fails: nothing is written; the next run runs that tile alone and selects over the eight
    tiles of the first run (from the job folder) with it."""
    model, marker = failing_painted_model
    out = tmp_path / "out.gpkg"
    first = _batch(sized_tanks, model, out)
    assert len(first.failed_tiles) == 1 and not out.exists()
    marker.unlink()
    again = _batch(sized_tanks, model, out)
    assert again.skipped_tiles == 8 and again.failed_tiles == []
    assert _written(out) == {"the two largest tanks": ["B", "C"], "the leftmost tank": ["A"]}
    assert not job_folder(out).exists()


def test_on_ray_a_batch_job_selects_what_the_local_engine_selects(sized_tanks, painted_model, tmp_path):
    ray = batch_models.start_local_ray()
    try:
        out = tmp_path / "ray.gpkg"
        report = _batch(sized_tanks, painted_model, out, engine="ray")
    finally:
        ray.shutdown()
    assert report.failed_tiles == []
    assert _written(out) == {"the two largest tanks": ["B", "C"], "the leftmost tank": ["A"]}
