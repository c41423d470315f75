"""Referring expressions without a trained model: every construction parsed, and resolved over
candidates in real image files through `python -m rrsis_qgis refer` (north from the georeferencing,
colours from the pixels, shapes from the outlines), with no torch imported."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from dataclasses import replace

import numpy as np
import pytest
import rasterio
from rasterio.errors import NotGeoreferencedWarning
from rasterio.transform import Affine

from rrsis_qgis.referring.parse import parse_expression
from rrsis_qgis.referring.program import Qualifiers, Relation
from rrsis_qgis.referring.select import Candidate, Frame, select
from tests import referring_scene
from tests.conftest import REPO_ROOT
from tests.referring_scene import PAINTED, ROAD, ROAD_OUTLINE, STRIP, TANKS, WHITE
from tests.referring_scene import disc as _disc
from tests.referring_scene import paint as _paint


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        # targets: DIOR's and RefSegRS's classes through their synonyms, plurals and free nouns
        ("the plane", {"target": "airplane", "count": 1}),
        ("the aircraft", {"target": "airplane"}),
        ("an oil tank", {"target": "storage tank", "count": 1}),
        ("the storage tanks", {"target": "storage tank", "count": None}),
        ("the vehicles", {"target": "vehicle", "count": None}),
        ("an automobile", {"target": "car"}),
        # a narrower word stays as typed: the detector is asked for trucks, not every vehicle
        ("cars", {"target": "car", "count": None}),
        ("the white truck", {"target": "truck", "colours": ("white",)}),
        ("the pond", {"target": "pond"}),
        ("the ground track field", {"target": "ground track field"}),
        ("the expressway service area", {"target": "expressway service area"}),
        ("the expressway", {"target": "road"}),
        ("the boats", {"target": "ship", "count": None}),
        ("the greenhouse", {"target": "greenhouse"}),
        ("the solar panels", {"target": "solar panel", "count": None}),
        # counts
        ("two ships", {"target": "ship", "count": 2}),
        ("both tennis courts", {"target": "tennis court", "count": 2}),
        ("three vehicles", {"count": 3}),
        ("the 4 windmills", {"count": 4}),
        ("all buildings", {"target": "building", "count": None}),
        ("every chimney", {"count": None}),
        # attributes
        ("the white car", {"colours": ("white",)}),
        ("the dark grey roof", {"colours": ("dark", "gray"), "target": "building"}),
        ("the small ship", {"size": "small"}),
        ("the big plane", {"size": "large"}),
        ("the round tank", {"shape": "round"}),
        ("the circular storage tank", {"shape": "round"}),
        ("the square building", {"shape": "square"}),
        ("the rectangular pool", {"shape": "rectangular", "target": "swimming pool"}),
        ("the long bridge", {"shape": "long"}),
        ("the slender chimney", {"shape": "long"}),
        # positions in the view
        ("the tank on the left", {"position": ("left",)}),
        ("the ship on the right side of the image", {"position": ("right",)}),
        ("the plane at the top", {"position": ("top",)}),
        ("the car at the bottom of the picture", {"position": ("bottom",)}),
        ("the windmill in the upper left corner", {"position": ("top", "left")}),
        ("the lower right building", {"position": ("bottom", "right")}),
        ("the dam in the middle of the image", {"position": ("center",)}),
        ("the car on the far left", {"position": ("left",)}),
        ("the tank in the north of the image", {"position": ("north",)}),
        ("the southern bridge", {"position": ("south",)}),
        ("the northeastern ship", {"position": ("north", "east")}),
        # superlatives and ordinals
        ("the largest airplane", {"ordering": "largest", "rank": 1}),
        ("the smallest vehicle", {"ordering": "smallest"}),
        ("the leftmost car", {"ordering": "leftmost"}),
        ("the left-most car", {"ordering": "leftmost"}),
        ("the northernmost ship", {"ordering": "northernmost"}),
        ("the second tank from the left", {"ordering": "leftmost", "rank": 2, "count": 1}),
        ("the third ship from the top", {"ordering": "topmost", "rank": 3}),
        ("the second largest tank", {"ordering": "largest", "rank": 2}),
        ("the two leftmost cars", {"ordering": "leftmost", "count": 2}),
    ],
)
def test_each_construction_is_parsed(expression, expected):
    program = parse_expression(expression)
    assert program.understood and program.unread == ()
    for name, value in expected.items():
        assert getattr(program, name) == value, (name, program)


LEFT, TOP = Qualifiers(position=("left",)), Qualifiers(position=("top",))
GREEN = Qualifiers(colours=("green",))


@pytest.mark.parametrize(
    ("expression", "relations"),
    [
        ("the car left of the building", [Relation("left_of", "building")]),
        ("the car to the right of the tree", [Relation("right_of", "tree")]),
        ("the ship on the left side of the bridge", [Relation("left_of", "bridge")]),
        ("the plane above the hangar", [Relation("above", "hangar")]),
        ("the car below the bridge", [Relation("below", "bridge")]),
        ("the tank that is north of the road", [Relation("north_of", "road")]),
        ("the house to the west of the river", [Relation("west_of", "river")]),
        ("the building on the south side of the lake", [Relation("south_of", "lake")]),
        ("the car east of the stadium", [Relation("east_of", "stadium")]),
        ("a ship near the harbor", [Relation("near", "harbor")]),
        ("the car next to the tennis court", [Relation("near", "tennis court")]),
        ("the truck beside the building", [Relation("near", "building")]),
        ("the car between the bridge and the dam", [Relation("between", "bridge", "dam")]),
        ("all cars in the parking lot", [Relation("inside", "parking lot")]),
        ("the boat inside the harbour", [Relation("inside", "harbor")]),
        ("the vehicles on the road", [Relation("inside", "road")]),
        ("trees along the river", [Relation("along", "river")]),
        # an anchor's number is its own: "the rivers" are any of them
        (
            "buildings within 50 m of the rivers",
            [Relation("near", "river", None, 50.0, Qualifiers(count=None))],
        ),
        ("the ships less than 1.5 km from the port", [Relation("near", "harbor", distance_m=1500.0)]),
        ("the court a little smaller than the tennis court", [Relation("smaller_than", "tennis court")]),
        ("the ship larger than the boat", [Relation("larger_than", "ship")]),
        ("the car farthest from the building", [Relation("far_from", "building")]),
        # a position right after the anchor is the anchor's: "the road on the left"
        ("the white tank north of the road on the left", [Relation("north_of", "road", None, None, LEFT)]),
        (
            "the car left of the green baseball field",
            [Relation("left_of", "baseball field", None, None, GREEN)],
        ),
        ("the bridge on the upper left of the golf field", [Relation("upper_left_of", "golf course")]),
        (
            "a vehicle smaller than the vehicle on the top",
            [Relation("smaller_than", "vehicle", None, None, TOP)],
        ),
    ],
)
def test_relations_and_their_anchors_are_parsed(expression, relations):
    program = parse_expression(expression)
    assert program.understood and list(program.relations) == relations
    # The target first, then each anchor once ("the ship larger than the boat" asks for ships once).
    anchors = [
        anchor for relation in relations for anchor in (relation.anchor, relation.second_anchor) if anchor
    ]
    assert program.queries == list(dict.fromkeys([program.target, *anchors]))


def test_the_example_of_the_plugin_is_read_whole():
    program = parse_expression("the two round white tanks north of the road")
    assert (program.target, program.count, program.colours, program.shape) == (
        "storage tank",
        2,
        ("white",),
        "round",
    )
    assert program.relations == (Relation("north_of", "road"),) and program.queries == [
        "storage tank",
        "road",
    ]
    closest = parse_expression("the car closest to the building")
    assert closest.ordering == "closest" and closest.relations == (Relation("near", "building"),)
    both = parse_expression("the white tank on the left north of the road")
    assert both.position == ("left",) and both.colours == ("white",)
    assert both.relations == (Relation("north_of", "road"),)


@pytest.mark.parametrize("expression", ["the one on the left", "on the left", "the", "   "])
def test_an_expression_without_a_target_goes_to_the_detector_whole_and_says_so(expression):
    program = parse_expression(expression)
    assert not program.understood and program.queries == [expression.strip()]
    assert program.explain().startswith("not understood; the whole expression goes to the detector")


# Selection over candidates in real image files, through the command.


def _box(polygon):
    xs, ys = [p[0] for p in polygon], [p[1] for p in polygon]
    return [min(xs), min(ys), max(xs), max(ys)]


def _candidate(identifier, polygon, score=0.6):
    return {"id": identifier, "box": _box(polygon), "score": score, "polygon": polygon}


def _write(path, image, transform=None, crs=None, driver="GTiff"):
    profile = dict(driver=driver, width=image.shape[1], height=image.shape[0], count=3, dtype="uint8")
    if transform is not None:
        profile |= dict(transform=transform, crs=crs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)  # an image without georeferencing
        with rasterio.open(path, "w", **profile) as out:
            out.write(np.moveaxis(image, -1, 0))
    return path


@pytest.fixture
def tank_scene(tmp_path):
    """tests.referring_scene's tanks as a GeoTIFF (north up, 0.5 m pixels) and the candidates a detector
    would give for "storage tank" (the white strip the most confident) and "road"."""
    tanks = {name: _disc(x, y) for name, (x, y) in TANKS.items()}
    candidates = {
        "storage tank": [
            _candidate(name, polygon, 0.5 + 0.1 * i) for i, (name, polygon) in enumerate(tanks.items())
        ]
        + [_candidate("strip", STRIP, 0.95)],
        "road": [_candidate("road", ROAD_OUTLINE, 0.8)],
    }
    (tmp_path / "candidates.json").write_text(json.dumps(candidates))
    transform = Affine(0.5, 0, 450000, 0, -0.5, 4440000)
    raster = _write(tmp_path / "tanks.tif", referring_scene.tank_scene(), transform, "EPSG:32613")
    return raster, tmp_path / "candidates.json"


def _refer(expression, image, candidates):
    command = [sys.executable, "-m", "rrsis_qgis", "refer", expression, "--image", str(image)]
    command += ["--candidates", str(candidates)]
    result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_two_white_tanks_north_of_the_road_are_exactly_those_two(tank_scene):
    image, candidates = tank_scene
    answer = _refer("the two round white tanks north of the road", image, candidates)
    assert sorted(answer["selected"]) == ["a", "b"]
    assert answer["program"]["queries"] == ["storage tank", "road"] and answer["notes"] == []
    # the detector's most confident "tank" (the white strip) is neither round nor north of the road
    assert answer["matches"]["a"] > 0.4 and "strip" not in answer["selected"]


@pytest.mark.parametrize(
    ("expression", "selected"),
    [
        ("all white tanks", ["strip", "d", "b", "a"]),  # every white candidate, best match first
        ("all round white tanks", ["d", "b", "a"]),
        ("the gray tank", ["c"]),
        ("the round tank south of the road", ["d"]),
        ("the tanks south of the road", ["strip", "d"]),
        ("the round tank on the left", ["a"]),
        ("the tanks on the right", ["b"]),
        ("the leftmost round tank", ["a"]),
        ("the second round tank from the left", ["c"]),
        ("the northernmost tank", ["a"]),
        ("the southernmost white tank", ["d"]),
        ("the long tank", ["strip"]),
        ("the round tank closest to the road", ["c"]),
        ("the largest tank", ["strip"]),
    ],
)
def test_each_construction_selects_over_the_scene(tank_scene, expression, selected):
    image, candidates = tank_scene
    answer = _refer(expression, image, candidates)
    assert answer["selected"] == selected, answer


def test_north_is_the_maps_north_on_a_raster_rotated_90_degrees(tmp_path):
    """A raster whose rows run east and whose columns run north (rotated 90°): the map's north is the
    image's right. The same candidates give a different answer than on a north-up raster."""
    image = np.full((200, 200, 3), (60, 80, 50), np.uint8)
    road = [[95, 0], [105, 0], [105, 200], [95, 200]]  # a road down the image: south-north on the map
    tanks = {"right": _disc(160, 100), "left": _disc(40, 100), "top": _disc(100, 30)}
    _paint(image, road, ROAD)
    for polygon in tanks.values():
        _paint(image, polygon, WHITE)
    candidates = {"storage tank": [_candidate(name, polygon) for name, polygon in tanks.items()]}
    candidates["road"] = [_candidate("road", road)]
    (tmp_path / "c.json").write_text(json.dumps(candidates))
    rotated = Affine(
        0, 1.0, 450000, 1.0, 0, 4440000
    )  # x (east) grows with the row, y (north) with the column
    north_up = Affine(1.0, 0, 450000, 0, -1.0, 4440000)
    on_rotated = _write(tmp_path / "rotated.tif", image, rotated, "EPSG:32613")
    on_north_up = _write(tmp_path / "north-up.tif", image, north_up, "EPSG:32613")

    def selected(expression, view):
        return _refer(expression, view, tmp_path / "c.json")["selected"]

    # On the rotated raster the road runs west to east: the image's right is its north side.
    assert selected("the tank north of the road", on_rotated) == ["right"]
    assert selected("the tank south of the road", on_rotated) == ["left"]
    assert selected("the northernmost tank", on_rotated) == ["right"]
    assert selected("the westernmost tank", on_rotated) == ["top"]
    assert selected("the tank in the south of the image", on_rotated) == ["left"]
    assert selected("the tank at the top", on_rotated) == ["top"]  # "top" is the view's, as shown
    # The same pixels north up: the road runs south to north.
    assert selected("the northernmost tank", on_north_up) == ["top"]
    assert selected("the tank east of the road", on_north_up) == ["right"]


def test_a_south_up_raster_turns_north_and_south(tmp_path):
    image = np.full((100, 100, 3), 60, np.uint8)
    candidates = {"ship": [_candidate("upper", _disc(50, 20)), _candidate("lower", _disc(50, 80))]}
    (tmp_path / "c.json").write_text(json.dumps(candidates))
    south_up = _write(tmp_path / "s.tif", image, Affine(-1.0, 0, 450100, 0, 1.0, 4440000), "EPSG:32613")
    assert _refer("the northernmost ship", south_up, tmp_path / "c.json")["selected"] == ["lower"]
    plain = _write(tmp_path / "plain.png", image, driver="PNG")
    assert _refer("the northernmost ship", plain, tmp_path / "c.json")["selected"] == [
        "upper"
    ]  # no georef: up


def test_a_distance_in_metres_uses_the_pixel_size(tmp_path):
    """0.5 m pixels: a gap of 80 px is 40 m, inside 50 m and outside 30 m."""
    image = np.full((100, 300, 3), 60, np.uint8)
    river = [[0, 40], [20, 40], [20, 60], [0, 60]]
    candidates = {
        "building": [_candidate("near", _disc(110, 50)), _candidate("far", _disc(270, 50))],
        "river": [_candidate("river", river)],
    }
    (tmp_path / "c.json").write_text(json.dumps(candidates))
    view = _write(tmp_path / "v.tif", image, Affine(0.5, 0, 450000, 0, -0.5, 4440000), "EPSG:32613")
    assert _refer("buildings within 50 m of the river", view, tmp_path / "c.json")["selected"] == ["near"]
    assert _refer("buildings within 30 m of the river", view, tmp_path / "c.json")["selected"] == []


def _box_candidate(identifier, x0, y0, x1, y1, score=0.5):
    return Candidate(identifier, (x0, y0, x1, y1), score)


def test_between_inside_near_and_relative_size_select_by_the_anchors():
    frame = Frame(200, 200)
    candidates = {
        "car": [
            _box_candidate("middle", 95, 95, 105, 105),
            _box_candidate("corner", 180, 180, 190, 190, 0.9),
            _box_candidate("in-lot", 20, 150, 30, 160, 0.3),
        ],
        "bridge": [_box_candidate("bridge", 0, 90, 20, 110)],
        "dam": [_box_candidate("dam", 180, 90, 200, 110)],
        "parking lot": [_box_candidate("lot", 10, 140, 60, 190)],
        "building": [_box_candidate("house", 100, 120, 130, 140)],
    }

    def selected(expression):
        return select(parse_expression(expression), candidates, frame).selected

    assert selected("the car between the bridge and the dam") == ["middle"]
    assert selected("all cars in the parking lot") == ["in-lot"]
    assert selected("the car next to the building") == ["middle"]
    assert selected("the car farthest from the building") == ["in-lot"]
    assert selected("the car closest to the building") == ["middle"]
    assert selected("the car larger than the building") == []  # none is: empty, and said
    assert selected("the car smaller than the building") == ["corner"]  # each is: the most confident


def test_an_anchor_that_was_not_found_is_said_and_the_rest_applies():
    candidates = {"storage tank": [Candidate("x", (0, 0, 10, 10), 0.9), Candidate("y", (80, 0, 90, 10), 0.5)]}
    selection = select(
        parse_expression("the tank on the right north of the road"), candidates, Frame(100, 100)
    )
    assert selection.selected == ["y"]
    assert selection.notes == ["no 'road' was found, so 'north of' was not applied"]


def test_an_expression_not_understood_takes_the_most_confident_candidate_as_before():
    candidates = {
        "the one on the left": [Candidate("x", (0, 0, 10, 10), 0.4), Candidate("y", (80, 0, 90, 10), 0.7)]
    }
    assert select(parse_expression("the one on the left"), candidates, Frame(100, 100)).selected == ["y"]


def test_the_command_without_candidates_prints_the_program_and_imports_no_torch():
    script = (
        "import json, sys; from rrsis_qgis.cli import main; "
        "main(['refer', 'the two white tanks north of the road']); "
        "print(json.dumps(sorted(m for m in ('torch', 'transformers') if m in sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True)
    printed, imported = result.stdout.rsplit("\n", 2)[0], result.stdout.strip().splitlines()[-1]
    assert json.loads(printed)["queries"] == ["storage tank", "road"] and json.loads(imported) == []


def test_a_bad_candidates_file_is_one_line(tmp_path):
    (tmp_path / "c.json").write_text(json.dumps({"ship": [{"id": "x", "box": [5, 5, 1, 1], "score": 1}]}))
    image = _write(tmp_path / "i.tif", np.zeros((10, 10, 3), np.uint8))
    command = [sys.executable, "-m", "rrsis_qgis", "refer", "the ship", "--image", str(image)]
    result = subprocess.run(
        [*command, "--candidates", str(tmp_path / "c.json")], capture_output=True, text=True, cwd=REPO_ROOT
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "candidate 'x' of 'ship' has no finite box x0 < x1, y0 < y1" in result.stderr


def test_the_benchs_procedural_scenes_are_selected_exactly_where_the_old_choices_fail():
    """bench.referring_selection's scenes (our own grammar): every kind selected exactly; neither the
    most confident candidate nor every candidate does so for counts and plurals."""
    from bench.referring_selection import KINDS, run

    hits = run(scenes_per_kind=4, seed=1)["hits"]
    for kind in KINDS:
        assert hits[kind]["program"] == hits[kind]["scenes"] == 4, kind
    assert hits["count"]["most confident"] == hits["count"]["every candidate"] == 0


# The zero-shot models' run: the detector asked for each phrase, the program selecting, through the real
# Segmenter and CLI on GeoTIFFs (a deterministic detector: tests.batch_models.PaintedObjects).


def _segment(raster, expression, model):
    from rrsis_qgis.model_process.segmenter import Segmenter
    from rrsis_qgis.protocol.messages import SegmentRequest

    return Segmenter().run(SegmentRequest(raster_path=str(raster), expression=expression, model=str(model)))


def _pixels_of(result, raster):
    """Each polygon's centroid in the raster's pixels (column, row), sorted."""
    from shapely import wkt

    with rasterio.open(raster) as dataset:
        inverse = ~dataset.transform
    centres = [inverse * wkt.loads(feature.wkt).centroid.coords[0] for feature in result.features]
    return sorted((round(column), round(row)) for column, row in centres)


def test_a_zero_shot_run_selects_the_two_white_tanks_north_of_the_road(tank_scene, painted_model):
    raster, _ = tank_scene
    result = _segment(raster, "the two round white tanks north of the road", painted_model)
    assert _pixels_of(result, raster) == [(50, 40), (190, 44)]  # tanks a and b, not the gray c nor d
    assert (
        "understood as: target: storage tank; count: 2; attributes: white, round; relation: north of road"
        in result.notes
    )
    assert all(0 < feature.score <= 0.6 for feature in result.features)  # the match, not the detector's
    # The same sentence read whole, as before: every painted "tank", the white strip too.
    from tests.batch_models import PaintedObjects

    old_way = PaintedObjects(PAINTED)
    with rasterio.open(raster) as dataset:
        old_way.set_image(np.moveaxis(dataset.read(), 0, -1))
    assert len(old_way.predict("the two round white tanks north of the road").instances) == 5


def test_a_zero_shot_run_finds_north_on_a_rotated_raster(tmp_path, painted_model):
    image = np.full((200, 200, 3), (60, 80, 50), np.uint8)
    road = [[95, 0], [105, 0], [105, 200], [95, 200]]
    _paint(image, road, ROAD)
    for x in (40, 160):
        _paint(image, _disc(x, 100), WHITE)
    rotated = _write(tmp_path / "rotated.tif", image, Affine(0, 1.0, 450000, 1.0, 0, 4440000), "EPSG:32613")
    north_up = _write(
        tmp_path / "north-up.tif", image, Affine(1.0, 0, 450000, 0, -1.0, 4440200), "EPSG:32613"
    )
    assert _pixels_of(_segment(rotated, "the tank north of the road", painted_model), rotated) == [(160, 100)]
    assert _pixels_of(_segment(rotated, "the tank south of the road", painted_model), rotated) == [(40, 100)]
    assert _pixels_of(_segment(north_up, "the tank east of the road", painted_model), north_up) == [
        (160, 100)
    ]


def test_an_expression_not_understood_is_read_whole_and_the_notes_say_so(tank_scene, painted_model):
    raster, _ = tank_scene
    result = _segment(raster, "the one on the left", painted_model)
    assert result.notes == [
        "understood as: not understood; the whole expression goes to the detector: 'the one on the left'"
    ]


def test_segment_explain_prints_the_understanding_and_writes_the_selection(
    tank_scene, painted_model, tmp_path
):
    raster, _ = tank_scene
    out = tmp_path / "tanks.shp"
    script = (
        "import sys; from tests import batch_models; batch_models.register(); "
        "from rrsis_qgis.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    arguments = [
        "segment",
        "--raster",
        str(raster),
        "--text",
        "the gray tank",
        "--checkpoint",
        str(painted_model),
    ]
    result = subprocess.run(
        [sys.executable, "-c", script, *arguments, "--out", str(out), "--explain"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Understood as: target: storage tank; count: 1; attributes: gray\n")
    assert "1 polygon(s) for 'the gray tank'" in result.stdout


def test_an_anchor_from_a_vector_layer_is_used_instead_of_the_image(tank_scene, painted_model):
    """A road layer (in WGS 84) south of every tank: "north of the road" now takes the tank south of the
    painted road too, and the notes say the anchor was the layer."""
    from rasterio.warp import transform_geom

    from rrsis_qgis.model_process.segmenter import Segmenter
    from rrsis_qgis.protocol.messages import AnchorLayer, SegmentRequest

    raster, _ = tank_scene
    row_185 = 4440000 - 185 * 0.5
    line = {"type": "LineString", "coordinates": [(450000.0, row_185), (450120.0, row_185)]}
    lonlat = transform_geom("EPSG:32613", "EPSG:4326", line)
    wkt = "LINESTRING (" + ", ".join(f"{x} {y}" for x, y in lonlat["coordinates"]) + ")"
    from rasterio.crs import CRS

    roads = AnchorLayer("road", "Roads", CRS.from_epsg(4326).to_wkt(), (wkt,))
    expression = "the round white tanks north of the road"
    request = SegmentRequest(raster_path=str(raster), expression=expression, model=str(painted_model))
    from_image = Segmenter().run(request)
    from_layer = Segmenter().run(replace(request, anchor_layers=(roads,)))
    assert _pixels_of(from_image, raster) == [(50, 40), (190, 44)]
    assert _pixels_of(from_layer, raster) == [(50, 40), (140, 160), (190, 44)]
    assert "'road' is the layer 'Roads' (1 features)" in from_layer.notes
