"""Bad and odd inputs to the reading and the selection (issue #36's review): each test reproduces a
reading or a selection that is silently wrong, a negation dropped or inverted, a program JSON accepted
that the selection then misuses, or an input that crashes or stalls the parser."""

from __future__ import annotations

import json
import math
import time

import numpy as np
import pytest

from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.protocol.messages import TileJob
from rrsis_qgis.referring.colours import colour_fit
from rrsis_qgis.referring.parse import parse_expression
from rrsis_qgis.referring.program import Program
from rrsis_qgis.referring.select import Candidate, Frame, select

VIEW = Frame(200, 200)
PAINT = {"white": (235, 235, 230), "red": (200, 40, 35), "black": (20, 20, 20), "gray": (120, 120, 125)}


def _box(identifier, x0, y0, x1, y1, score=0.5):
    return Candidate(identifier, (x0, y0, x1, y1), score)


def _tanks_of_colours():
    """A white, a red, a black and a gray tank in a row, 70 px apart, and a small river just below the
    gray one (near it, and near no other)."""
    image = np.full((200, 400, 3), (60, 140, 60), np.uint8)
    tanks = []
    for n, colour in enumerate(PAINT):
        x0 = 20 + 90 * n
        image[20:40, x0 : x0 + 20] = PAINT[colour]
        tanks.append(_box(colour, x0, 20, x0 + 20, 40))
    river = _box("river", 285, 45, 315, 60)
    return image, {"storage tank": tanks, "river": [river]}


@pytest.mark.parametrize(
    "expression",
    [
        "all tanks except the white ones and those near the river",
        "the tanks, except those near the river and the white ones",
        "all tanks except the white and the gray ones",
    ],
)
def test_each_set_a_coordinated_exclusion_names_is_taken_away(expression):
    """ "except A and B" takes away A and B. Read instead: B required of the target ("near river" a
    relation of the answer), B as a condition A must also meet (near a white tank), or A and B as one set
    that must be white and gray at once (nothing removed); each a full reading, no word reported."""
    image, candidates = _tanks_of_colours()
    program = parse_expression(expression)
    selection = select(program, candidates, Frame(400, 200), image)
    assert program.partial or sorted(selection.selected) == ["black", "red"], (program.explain(), selection)


@pytest.mark.parametrize(
    "expression",
    [
        "all tanks except the ones that are not white",  # the white ones are kept
        "the tank that is not not white",  # a white one
        "the tank near the not white road",  # the road is not white, not the tank
    ],
)
def test_a_negation_inside_a_negation_or_an_anchor_never_removes_from_the_target(expression):
    """The inner "not" was appended to the target's exclusions: the white tanks were removed."""
    program = parse_expression(expression)
    removed = [colour for exclusion in program.excluded for colour in exclusion.what.colours]
    assert "white" not in removed, program.explain()


def test_a_negated_quality_is_never_read_as_required():
    """ "not white or red" is neither: it was read as red required (with "or" named, but the negation
    inverted for red)."""
    program = parse_expression("the tank which is not white or red")
    assert "red" not in program.colours, program.explain()


def test_an_exclusion_of_another_noun_removes_nothing_from_the_target():
    """ "the tank except the white road": 'road' was reported, but the white tanks were removed."""
    program = parse_expression("the tank except the white road")
    assert program.excluded == (), program.explain()


def test_except_the_two_largest_takes_away_two():
    """The count of an exclusion was dropped: one tank removed for "the two largest", nothing said."""
    sides = (5, 10, 20, 30)
    tanks = [_box(str(side), 10 + 45 * n, 10, 10 + 45 * n + side, 10 + side) for n, side in enumerate(sides)]
    program = parse_expression("the tanks except the two largest")
    selection = select(program, {"storage tank": tanks}, VIEW)
    assert program.partial or sorted(selection.selected) == ["10", "5"], (program.explain(), selection)


@pytest.mark.parametrize(
    ("expression", "count"),
    [("the 0 tanks", 0), ("the 0 largest tanks", 0), ("the -3 tanks", 3)],
)
def test_a_count_that_is_no_count_is_never_read_silently(expression, count):
    """ "the 0 tanks" selected nothing, "the 0 largest tanks" every tank, with no note; "-3" was 3."""
    program = parse_expression(expression)
    assert program.partial or program.count != count, program.explain()


def test_a_number_in_scientific_notation_is_not_a_target():
    program = parse_expression("the 1e9 tanks")
    assert program.target == "storage tank" or not program.understood, program.explain()


def test_fullwidth_latin_reads_as_latin():
    """Typed with an East Asian input method: the target was 'ｔｈｅ ｗｈｉｔｅ ｔａｎｋ', nothing unread."""
    program = parse_expression("ＴＨＥ ＷＨＩＴＥ ＴＡＮＫ")
    assert (program.target, program.colours) == ("storage tank", ("white",)), program.explain()


def test_a_tank_far_from_a_long_road_is_not_near_it():
    """Nearness was scaled by the larger box side: a road across the view made every tank in it near."""
    road = _box("road", 0, 495, 1000, 505)
    tanks = [_box("by the road", 500, 480, 510, 490), _box("far up", 500, 100, 510, 110)]
    program = parse_expression("the tanks near the road")
    selection = select(program, {"storage tank": tanks, "road": [road]}, Frame(1000, 1000))
    assert selection.selected == ["by the road"], selection


# ---- a program that crosses as JSON -------------------------------------------------------------

GOOD = parse_expression("the two largest white tanks within 50 m of the road").as_json()


@pytest.mark.parametrize(
    "change",
    [
        {"count": 0},
        {"count": -1},
        {"count": "2"},
        {"count": 2.5},
        {"count": True},
        {"rank": 0},
        {"rank": -1},
        {"rank": "1"},
        {"target": None},
        {"target": 5},
        {"target": ""},
        {"understood": "no"},
        {"unread": "abc"},
        {"relations": [{"kind": "near", "anchor": None}]},
        {"relations": [{"kind": "near", "anchor": "road", "distance_m": "x"}]},
        {"relations": [{"kind": "near", "anchor": "road", "distance_m": -5}]},
        {"relations": [{"kind": "near", "anchor": "road", "distance_m": math.nan}]},
        {"excluded": [{"word": 5, "what": {"colours": ["white"]}}]},
        {"respelled": "whiet"},
        {"respelled": ["whiet", "white"]},
        {"respelled": [["whiet"]]},
        {"respelled": [["whiet", 5]]},
        {"also_first": "leftmost"},
        {"also_first": ["sideways"]},
        {"also_first": ["smallest"]},  # the largest's reverse: none is both
        {"also_first": ["largest"]},
        {"also_first": ["end"]},
        {"rank": 2, "also_first": ["leftmost"]},
        {"ordering": None, "also_first": ["leftmost"]},
        {"excluded": [{"word": "except", "what": {"also_first": ["leftmost"]}}]},
    ],
    ids=repr,
)
def test_a_program_json_that_the_selection_would_misuse_is_refused(change):
    """Accepted until now: a count of -1 kept all but the last tank, a rank of -1 the second largest,
    "2" or 2.5 crashed the selection with a TypeError (a bug, in the model process)."""
    with pytest.raises((ValueError, TypeError)):
        Program.from_json({**GOOD, **change})


def test_a_tile_job_refuses_a_program_of_another_expression():
    """Programs matched to their expressions by position only: swapped, the run of 'the white tanks'
    selected ships near the pier and wrote them as white tanks."""
    tanks, ships = "the white tanks", "the ships near the pier"
    swapped = (parse_expression(ships).as_json(), parse_expression(tanks).as_json())
    with pytest.raises(ValueError):
        TileJob("pslg-sam2", (tanks, ships), RunSettings(), programs=swapped)


def test_a_huge_distance_gives_strict_json():
    """ "within 999…9 km" became distance_m = inf: `refer` printed 'Infinity', which is not JSON."""
    program = parse_expression("the tanks within " + "9" * 400 + " km of the road")
    json.dumps(program.as_json(), allow_nan=False)


# ---- long input: the panel reads what is typed or pasted, up to QLineEdit's 32,767 characters --------


def test_a_long_run_of_nouns_parses_quickly():
    """The head noun's name was looked up over every run of its words: cubic, 1,500 words took seconds
    (10,000 pasted words, half an hour on the GUI thread)."""
    started = time.perf_counter()
    parse_expression(" ".join(["blorp"] * 1500))
    assert time.perf_counter() - started < 1.0


def test_many_negations_do_not_exhaust_the_stack():
    """Each "not" recursed twice: some 500 of them raised RecursionError in the panel's slot."""
    parse_expression("the tank is " + "not " * 1000 + "white")


def test_many_exclusions_do_not_exhaust_the_stack():
    parse_expression("the tanks " + "except the white one " * 600)


def test_a_colour_on_a_detailed_outline_is_measured_quickly():
    """The point-in-outline test looped over every vertex for each of a million samples: a 2,000-pixel
    lake traced with 2,000 vertices took some 10 s for one colour."""
    image = np.full((2000, 2000, 3), 235, np.uint8)
    angles = np.linspace(0, 2 * np.pi, 2000, endpoint=False)
    outline = np.c_[1000 + 999 * np.cos(angles), 1000 + 999 * np.sin(angles)]
    started = time.perf_counter()
    assert colour_fit(image, outline, ("white",), 0.1) == 1.0
    assert time.perf_counter() - started < 2.0


# ---- issue #36's new constructs (orientation, cut off, worn colours, groups named first) ------------


@pytest.mark.parametrize(
    ("expression", "colours"),
    [
        ("the car near the building in red", ()),
        ("the man in a red shirt next to the woman in blue", ("red",)),
    ],
)
def test_in_a_colour_after_an_anchor_is_not_the_targets(expression, colours):
    """ "in red" was read as what the target wears wherever it stood: after an anchor it is the anchor's
    ("the car near the building in red" selected red cars; before, 'red' was named unread)."""
    assert parse_expression(expression).colours == colours


def test_a_negated_worn_colour_is_never_the_targets():
    """ "the woman in red, not the one in white" was read as a woman in red and white, 'not' unread: the
    negated colour applied as a wanted one."""
    program = parse_expression("the woman in red, not the one in white")
    assert "white" not in program.colours


@pytest.mark.parametrize(
    "expression", ["the car in the gray square", "the car in the dark", "the boat in the green"]
)
def test_in_the_colour_of_a_place_is_not_what_the_target_wears(expression):
    """ "in the gray square" (the square dropped, nothing unread), "in the dark", "in the green" gave the
    target the place's colour: a gray car, a dark car, a green boat."""
    assert parse_expression(expression).colours == ()


@pytest.mark.parametrize(
    "expression",
    ["the road cut through the forest", "the truck cut off by the bus", "the freshly cut grass field"],
)
def test_cut_in_another_sense_is_not_cut_off_by_the_views_edge(expression):
    """ "cut" that is not the view's edge was read as truncated, nothing unread for the first two: the
    road that crosses a forest, the truck hidden by a bus, must touch the view's edge."""
    assert not parse_expression(expression).truncated


@pytest.mark.parametrize(
    ("expression", "ordering"),
    [("the top one of the two courts", "topmost"), ("the left one of the two cars", "leftmost")],
)
def test_a_side_of_one_of_the_two_is_its_order_among_them(expression, ordering):
    """As 'the upper roundabout of the two' is the topmost: 'the top one of the two courts' was a
    position (the upper half of the view), so two courts both low in the view gave nothing."""
    program = parse_expression(expression)
    assert (program.ordering, program.position) == (ordering, ())


def test_an_adjective_the_lexicon_lacks_does_not_replace_the_group_named_first():
    """ "Among the buildings, the tallest one": the detector was asked for 'tallest', the buildings
    dropped, nothing unread."""
    assert parse_expression("Among the buildings, the tallest one").target == "building"


def test_an_axis_named_by_two_compass_points_is_no_position():
    """ "oriented north-south" put the plane in the south of the view ('north' unread)."""
    assert parse_expression("the plane oriented north-south").position == ()


def test_cut_off_by_the_edge_of_a_whole_raster_is_near_that_edge():
    """The margin was half a percent of the region: on a 100,000-pixel raster, a car 300 px (some 90 m)
    inside the edge counted as cut off by it."""
    program = parse_expression("the cars cut off by the edge")
    cars = [_box("edge", 0, 50_000, 40, 50_040), _box("inside", 300, 60_000, 340, 60_040)]
    assert select(program, {"car": cars}, Frame(100_000, 100_000)).selected == ["edge"]
