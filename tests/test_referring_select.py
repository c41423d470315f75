"""The selection never silently wrong (issue #36): an anchor picked by its own words, exclusions taken
away as sets, a condition no candidate meets leaving the answer empty with a note naming it, and the
shapes, colours and corner orders the parser now writes."""

from __future__ import annotations

import math

import numpy as np

from rrsis_qgis.referring.parse import parse_expression
from rrsis_qgis.referring.program import Exclusion, Program, Qualifiers, Relation
from rrsis_qgis.referring.select import Candidate, Frame, select
from tests.referring_scene import paint

VIEW = Frame(200, 200)
COLOURS = {
    "white": (235, 235, 230), "red": (200, 40, 35), "green": (50, 160, 60), "blue": (40, 70, 200),
    "purple": (120, 50, 170), "pink": (240, 120, 190), "cyan": (60, 210, 220),
}  # fmt: skip


def _box(identifier, x0, y0, x1, y1, score=0.5):
    return Candidate(identifier, (x0, y0, x1, y1), score)


def _polygon(identifier, points, score=0.5):
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return Candidate(identifier, (min(xs), min(ys), max(xs), max(ys)), score, tuple(points))


def _painted(candidates_and_colours) -> np.ndarray:
    image = np.full((200, 200, 3), (70, 90, 60), np.uint8)
    for candidate, colour in candidates_and_colours:
        paint(image, [list(point) for point in candidate.outline], COLOURS[colour])
    return image


def test_an_anchors_own_colour_picks_which_anchor_the_relation_is_to():
    """ "the tanks left of the green baseball field": the tank left of the red field only is not one."""
    green, red = _box("green field", 20, 40, 60, 60), _box("red field", 160, 40, 200, 60)
    tanks = [_box("left of green", 0, 45, 10, 55), _box("left of red only", 100, 45, 110, 55)]
    image = _painted([(green, "green"), (red, "red")])
    relation = Relation("left_of", "baseball field", anchor_qualifiers=Qualifiers(colours=("green",)))
    program = Program("", "tank", count=None, relations=(relation,))
    selection = select(program, {"tank": tanks, "baseball field": [green, red]}, VIEW, image)
    assert selection.selected == ["left of green"] and selection.notes == []


def test_a_vehicle_smaller_than_the_vehicle_on_the_top_compares_with_the_top_one():
    vehicles = [
        _box("top", 90, 0, 110, 20, 0.5),  # 400 px²
        _box("small", 95, 150, 105, 160, 0.4),  # 100 px²: smaller than the top one
        _box("large", 20, 140, 50, 170, 0.9),  # 900 px²: the detector's most confident
    ]
    relation = Relation("smaller_than", "vehicle", anchor_qualifiers=Qualifiers(position=("top",)))
    selection = select(Program("", "vehicle", relations=(relation,)), {"vehicle": vehicles}, VIEW)
    assert selection.selected == ["small"] and selection.notes == []


def test_the_vehicles_that_are_not_white_are_the_others_and_the_note_says_so():
    cars = [_box(f"{colour} {n}", 20 + 40 * n, 20 + 30 * k, 40 + 40 * n, 40 + 30 * k) for k, colour in
            enumerate(("white", "red", "blue")) for n in range(2 if colour == "white" else 1)]  # fmt: skip
    image = _painted([(car, car.id.split()[0]) for car in cars])
    program = Program("", "vehicle", count=None, excluded=(Exclusion("not", Qualifiers(colours=("white",))),))
    selection = select(program, {"vehicle": cars}, VIEW, image)
    assert sorted(selection.selected) == ["blue 0", "red 0"]
    assert selection.notes == ["2 of the 'vehicle' removed by 'not': white"]


def test_all_tanks_except_the_one_near_the_river_are_the_others():
    river = _box("river", 0, 90, 40, 110)  # the part in view
    tanks = [_box("near", 50, 75, 60, 85), _box("far a", 20, 10, 30, 20), _box("far b", 150, 170, 160, 180)]
    excluded = Exclusion("except", Qualifiers(relations=(Relation("near", "river"),)))
    program = Program("", "storage tank", count=None, excluded=(excluded,))
    selection = select(program, {"storage tank": tanks, "river": [river]}, VIEW)
    assert sorted(selection.selected) == ["far a", "far b"]
    assert selection.notes == ["1 of the 'storage tank' removed by 'except': near river"]


def test_a_condition_no_candidate_meets_leaves_the_answer_empty_and_names_it():
    cars = [_box("white", 20, 20, 40, 40, 0.9), _box("blue", 120, 120, 140, 140, 0.5)]
    image = _painted([(cars[0], "white"), (cars[1], "blue")])
    red = select(Program("", "car", colours=("red",)), {"car": cars}, VIEW, image)
    assert red.selected == [] and red.notes == ["no 'car' is red"]
    road = {"car": cars, "road": [_box("road", 0, 0, 200, 10)]}
    north = select(Program("", "car", relations=(Relation("north_of", "road"),)), road, VIEW, image)
    assert north.selected == [] and north.notes == ["no 'car' is north of road"]
    # Each condition met by one car, never both by the same one.
    both = select(Program("", "car", colours=("white",), position=("right",)), {"car": cars}, VIEW, image)
    assert both.selected == [] and both.notes == ["no 'car' is white, on the right at once"]
    # More asked for than meet it: those that do, and said.
    two = select(Program("", "car", count=2, colours=("blue",)), {"car": cars}, VIEW, image)
    assert two.selected == ["blue"] and two.notes == ["2 were asked for, 1 found"]


def test_an_anchor_whose_own_words_no_anchor_meets_leaves_the_answer_empty():
    fields = [_box("red field", 20, 40, 60, 60)]
    relation = Relation("left_of", "baseball field", anchor_qualifiers=Qualifiers(colours=("green",)))
    candidates = {"tank": [_box("tank", 100, 45, 110, 55)], "baseball field": fields}
    image = _painted([(fields[0], "red")])
    selection = select(Program("", "tank", relations=(relation,)), candidates, VIEW, image)
    assert selection.selected == []
    assert selection.notes == ["no 'baseball field' is green", f"no 'tank' is {relation.describe()}"]


def _ellipse(identifier, cx, cy, a, b, points=48):
    angles = np.linspace(0, 2 * math.pi, points, endpoint=False)
    return _polygon(identifier, [(cx + a * math.cos(t), cy + b * math.sin(t)) for t in angles])


def _arc(identifier, cx, cy, radius, width, points=24):
    """A band bent through half a circle."""
    angles = np.linspace(0, math.pi, points)
    outer = [(cx + radius * math.cos(t), cy - radius * math.sin(t)) for t in angles]
    inner = [(cx + (radius - width) * math.cos(t), cy - (radius - width) * math.sin(t)) for t in angles[::-1]]
    return _polygon(identifier, outer + inner)


def test_oval_and_curved_outlines_are_told_from_round_long_and_straight_ones():
    shapes = [
        _ellipse("oval", 50, 30, 30, 12),
        _ellipse("round", 150, 30, 15, 15),
        _polygon("rectangle", [(20, 80), (110, 80), (110, 110), (20, 110)]),
        _arc("curved", 150, 180, 40, 8),
        _polygon("straight", [(10, 150), (90, 150), (90, 158), (10, 158)]),
    ]

    def shaped(shape):
        return select(Program("", "field", count=None, shape=shape), {"field": shapes}, VIEW).selected

    assert shaped("oval") == ["oval"]
    assert shaped("curved") == ["curved"]
    assert sorted(shaped("long")) == ["oval", "rectangle", "straight"]


def test_purple_pink_and_cyan_are_each_their_own_colour():
    roofs = [
        _box(colour, 10 + 45 * k, 10, 40 + 45 * k, 40)
        for k, colour in enumerate(("purple", "pink", "cyan", "red"))
    ]
    image = _painted([(roof, roof.id) for roof in roofs])
    for colour in ("purple", "pink", "cyan"):
        program = Program("", "roof", count=None, colours=(colour,))
        assert select(program, {"roof": roofs}, VIEW, image).selected == [colour]


def test_the_corner_orderings_count_from_their_corner():
    grid = [_box(f"{x},{y}", x, y, x + 10, y + 10) for x in (10, 90, 170) for y in (10, 90, 170)]
    first = {"top_leftmost": "10,10", "top_rightmost": "170,10", "bottom_leftmost": "10,170"}
    first["bottom_rightmost"] = "170,170"
    for ordering, expected in first.items():
        assert select(Program("", "tank", ordering=ordering), {"tank": grid}, VIEW).selected == [expected]
    second = select(Program("", "tank", ordering="bottom_rightmost", rank=2), {"tank": grid}, VIEW).selected
    assert second in (["90,170"], ["170,90"])  # the two next along the diagonal are as far


def _rotated(identifier, cx, cy, half_long, half_short, degrees):
    angle = math.radians(degrees)
    along, across = (math.cos(angle), math.sin(angle)), (-math.sin(angle), math.cos(angle))
    corners = [(sl * half_long, ss * half_short) for sl, ss in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
    return _polygon(
        identifier,
        [(cx + u * along[0] + v * across[0], cy + u * along[1] + v * across[1]) for u, v in corners],
    )


def test_which_way_an_object_lies_is_read_from_its_outline():
    """ "oriented horizontally / vertically / diagonally": the long side of the smallest rectangle around
    the outline; a squarish court by its sides. A box alone lies along the axes whatever it holds: left
    unjudged, and said."""
    trucks = [
        _rotated("along x", 40, 40, 20, 6, 8),
        _rotated("along y", 120, 40, 20, 6, 95),
        _rotated("slanted", 60, 130, 20, 6, 140),
        _rotated("square turned", 150, 150, 12, 11, 45),
    ]

    def lying(orientation):
        program = Program("", "truck", count=None, orientation=orientation)
        return sorted(select(program, {"truck": trucks}, VIEW).selected)

    assert lying("horizontal") == ["along x"]
    assert lying("vertical") == ["along y"]
    assert lying("diagonal") == ["slanted", "square turned"]
    boxes = select(
        Program("", "truck", count=None, orientation="diagonal"), {"truck": [_box("b", 1, 1, 9, 30)]}, VIEW
    )
    assert boxes.selected == ["b"]
    assert any("no outline was given for 1" in str(note) for note in boxes.notes)


def test_a_heading_is_judged_by_the_way_each_lies_and_said_to_be():
    """ "driving toward the top", "heading north-east": one picture shows which way a car lies, not which
    end leads, so the heading is its long side's line (either way along it), and the note says so; one
    about as wide as long has no such side, and a box alone no outline: left unjudged, and said."""
    cars = [
        _rotated("along x", 40, 40, 20, 6, 8),
        _rotated("along y", 120, 40, 20, 6, 95),
        _rotated("up and right", 60, 130, 20, 6, 135),  # y down: -45 degrees is toward the top right
        _rotated("down and right", 150, 120, 20, 6, 40),
    ]

    def heading(*ways, frame=VIEW):
        result = select(Program("", "car", count=None, heading=ways), {"car": cars}, frame)
        return sorted(result.selected), [str(note) for note in result.notes]

    assert heading("top")[0] == ["along y"] and heading("bottom")[0] == ["along y"]
    assert heading("left")[0] == ["along x"]
    assert heading("top", "right")[0] == ["up and right"]
    assert heading("bottom", "right")[0] == ["down and right"]
    assert heading("bottom", "left")[0] == ["up and right"]  # the same line: which end leads is not seen
    said = "'heading top': judged by the way each 'car' lies; one picture does not show where it goes"
    assert said in heading("top")[1]
    # On a raster turned a quarter to the left, north is the view's left: north is along x.
    turned = Frame(200, 200, north=(-1.0, 0.0), east=(0.0, -1.0))
    assert heading("north", frame=turned)[0] == ["along x"]
    assert heading("north")[0] == ["along y"]
    squarish = [_rotated("square", 50, 50, 10, 9, 30), _box("box", 100, 100, 110, 140)]
    result = select(Program("", "car", count=None, heading=("left",)), {"car": squarish}, VIEW)
    assert sorted(result.selected) == ["box", "square"]
    assert "'heading left' was not checked for 1 of the 'car': they are about as wide as long" in result.notes
    assert "shapes were not checked: no outline was given for 1 of the 'car'" in result.notes


def test_targets_joined_by_and_are_each_picked_by_their_own_words_and_all_kept():
    """ "the red car and the bus left of the building": the red car (not the blue one) and the bus, each
    left of the building; a target that nothing meets leaves the others, and says why."""
    cars = [
        _box("red car", 10, 10, 30, 20),
        _box("blue car", 10, 40, 30, 50),
        _box("far car", 170, 10, 190, 20),
    ]
    buses = [_box("bus", 40, 100, 80, 115), _box("far bus", 160, 100, 199, 115)]
    building = [_box("building", 120, 0, 150, 199)]
    image = _painted([(cars[0], "red"), (cars[1], "blue"), (cars[2], "red")])
    program = parse_expression("the red car and the bus left of the building")
    both = select(program, {"car": cars, "bus": buses, "building": building}, VIEW, image)
    assert both.selected == ["red car", "bus"] and set(both.matches) == {"red car", "bus"}
    no_bus = select(program, {"car": cars, "bus": buses[1:], "building": building}, VIEW, image)
    assert no_bus.selected == ["red car"] and "no 'bus' is left of building" in no_bus.notes
    # "the ship and the boat" are two ships: one found is fewer than asked, and said
    one = select(parse_expression("the ship and the boat"), {"ship": [_box("ship", 10, 10, 30, 20)]}, VIEW)
    assert one.selected == ["ship"] and "2 were asked for, 1 found" in one.notes


def test_the_isolated_one_is_far_from_the_others_of_its_kind_and_the_most_central_nearest_the_middle():
    windmills = [
        _box(name, x, y, x + 8, y + 8) for name, x, y in (("a", 10, 10), ("b", 24, 12), ("c", 14, 26))
    ]
    windmills.append(_box("alone", 150, 160, 158, 168))
    isolated = select(parse_expression("the isolated windmill"), {"windmill": windmills}, VIEW)
    assert isolated.selected == ["alone"]
    central = parse_expression("the windmill closest to the center of the image")
    assert select(central, {"windmill": windmills}, VIEW).selected == ["alone"]  # (154, 164): 68 px off
    windmills.append(_box("middle", 90, 110, 98, 118))
    assert select(central, {"windmill": windmills}, VIEW).selected == ["middle"]
    # near the edge of the view: within about a fifth of the view of one edge; the closest to one first
    edge = parse_expression("all windmills near the edge of the image")
    assert sorted(select(edge, {"windmill": windmills}, VIEW).selected) == ["a", "alone", "b", "c"]
    outermost = parse_expression("the windmill closest to the edge of the image")
    assert select(outermost, {"windmill": windmills}, VIEW).selected == ["a"]  # 14 px from the top


def test_one_cut_off_by_the_edge_of_the_view_is_one_that_reaches_it():
    ships = [
        _box("inside", 50, 50, 80, 70),
        _box("cut at the left", 0, 90, 25, 110),
        _box("cut below", 120, 185, 150, 200),
    ]
    program = Program("", "ship", count=None, truncated=True)
    assert sorted(select(program, {"ship": ships}, VIEW).selected) == ["cut at the left", "cut below"]
    left = Program("", "ship", count=None, truncated=True, position=("left",))
    assert select(left, {"ship": ships}, VIEW).selected == ["cut at the left"]
    none = select(Program("", "ship", truncated=True), {"ship": ships[:1]}, VIEW)
    assert none.selected == [] and "cut off by the edge" in str(none.notes)


# The conditions a note names are Messages nested in it, so that QGIS shows them translated (the QGIS
# side: tests/qgis/test_translated_notes.py); their English is what the program's explanation says.


def _catalogued() -> set[str]:
    """The templates of the shipped catalogues' "messages" context (every language has the same ones:
    tests/qgis/test_translations.py)."""
    from xml.etree import ElementTree

    from tests.conftest import REPO_ROOT

    tree = ElementTree.parse(REPO_ROOT / "i18n" / "rrsis_qgis_de.ts")
    contexts = [context for context in tree.iter("context") if context.findtext("name") == "messages"]
    return {message.findtext("source") for context in contexts for message in context.iter("message")}


def _templates(message) -> list[str]:
    """The templates of ``message`` and of the Messages in its fields, all the way down."""
    from rrsis_qgis.foundation.messages import Message

    if not isinstance(message, Message):
        return []
    return [message.template] + [t for field in message.fields.values() for t in _templates(field)]


def test_the_conditions_a_note_names_are_messages_of_the_catalogue():
    from rrsis_qgis.foundation.messages import Message

    cars = [_box("white", 20, 20, 40, 40, 0.9), _box("blue", 120, 120, 140, 140, 0.5)]
    image = _painted([(cars[0], "white"), (cars[1], "blue")])
    road = {"car": cars, "road": [_box("road", 0, 0, 200, 10)]}
    river = Relation(
        "near", "river", anchor_qualifiers=Qualifiers(colours=("white",), position=("top", "left"))
    )
    notes = [
        *select(Program("", "car", colours=("red",)), {"car": cars}, VIEW, image).notes,
        *select(Program("", "car", relations=(Relation("north_of", "road"),)), road, VIEW, image).notes,
        *select(
            Program("", "car", colours=("white",), position=("right",)), {"car": cars}, VIEW, image
        ).notes,
        *select(Program("", "car", truncated=True, size="small"), {"car": cars}, VIEW).notes,
        *select(Program("", "car", relations=(river,)), {"car": cars, "river": cars[:1]}, VIEW, image).notes,
    ]
    removing = (
        Exclusion("except", Qualifiers(count=2, ordering="largest")),
        Exclusion("not", Qualifiers(colours=("white", "blue"), relations=(Relation("south_of", "road"),))),
    )
    # Both cars taken away: the exclusions' notes say so, and no condition is said unmet.
    notes += select(Program("", "car", count=None, excluded=removing), road, VIEW, image).notes
    assert notes == [
        "no 'car' is red",
        "no 'car' is north of road",
        "no 'car' is white, on the right at once",
        "no 'car' is cut off by the edge",
        "no 'car' is near river (white, on the top left)",
        "2 of the 'car' removed by 'except': 2 largest",
        "0 of the 'car' removed by 'not': white, blue, south of road",
    ]
    catalogue = _catalogued()
    for note in notes:
        said = note.fields.get("condition", note.fields.get("conditions"))
        assert isinstance(said, Message), note
        assert set(_templates(note)) <= catalogue, note


def test_the_conditions_said_have_a_template_for_every_value_and_the_explanations_english():
    """One template for each value a program can hold; the explanation (`Qualifiers.words`,
    `Relation.describe`) is their English, the same words the notes name, in the rarer forms too."""
    from rrsis_qgis.referring import conditions_said, program
    from rrsis_qgis.referring.select import RELATION_KINDS

    assert set(conditions_said.RELATIONS) == set(RELATION_KINDS)
    assert set(conditions_said.WORDS) == {
        *program.COLOURS,
        *program.SIZES,
        *program.SHAPES,
        *program.ORIENTATIONS,
    }
    assert set(conditions_said.PLACES) == set(program.POSITIONS)
    assert set(conditions_said.ORDERINGS) == set(program.ORDERINGS)
    rare = Qualifiers(
        count=3,
        colours=("dark", "red"),
        size="large",
        shape="oval",
        orientation="diagonal",
        truncated=True,
        position=("center", "west", "top"),
        ordering="bottom_leftmost",
        rank=2,
        relations=(
            Relation("between", "bridge", "dam", second_qualifiers=Qualifiers(position=("east", "north"))),
            Relation("near", "river", distance_m=50.5, anchor_qualifiers=Qualifiers(colours=("white",))),
        ),
    )
    assert rare.words() == [
        "dark",
        "red",
        "large",
        "oval",
        "diagonal",
        "cut off by the edge",
        "on the center west top",
        "3 bottom leftmost #2",
        "between bridge and dam (on the east north)",
        "within 50.5 m of river (white)",
    ]


def test_the_middle_of_a_side_is_halfway_along_it():
    """ "on the center of the left", "middle-right": on that side and halfway along it, not anywhere on it
    (the reader kept only the side before); the middle of a corner is the corner."""
    places = (("left top", 5, 5), ("left middle", 5, 95), ("left bottom", 5, 185), ("centre", 95, 95))
    tanks = [_box(name, x, y, x + 10, y + 10) for name, x, y in places]
    assert select(Program("", "tank", position=("center", "left")), {"tank": tanks}, VIEW).selected == [
        "left middle"
    ]
    assert sorted(
        select(Program("", "tank", count=None, position=("left",)), {"tank": tanks}, VIEW).selected
    ) == [
        "left bottom",
        "left middle",
        "left top",
    ]
    assert parse_expression("the tank on the center of the left").position == ("center", "left")
    assert parse_expression("the ship in the center of the upper left").position == ("top", "left")


def test_in_the_middle_of_the_road_is_its_middle_lanes_and_of_a_square_its_centre():
    """ "in the middle of X": inside the nearest X and at least half as deep in it as X's deepest point,
    wherever along a road; a car at the road's edge, or off it, is not."""
    road = _polygon("road", [(0, 80), (200, 120), (200, 160), (0, 120)])  # a slanted band 40 px high
    square = _polygon("square", [(20, 10), (70, 10), (70, 60), (20, 60)])
    cars = [
        _box("middle of the road", 48, 107, 52, 113),  # the band's centre line at x=50 is y=110
        _box("middle far along", 158, 129, 162, 135),  # y=132 at x=160
        _box("edge of the road", 98, 101, 102, 105),  # y=103: 3 px inside the edge at y=100
        _box("off the road", 98, 60, 102, 64),
        _box("middle of the square", 43, 33, 47, 37),
        _box("corner of the square", 22, 12, 26, 16),
    ]
    found = {"car": cars, "road": [road], "square": [square]}

    def middle_of(anchor):
        relation = Relation("middle_of", anchor)
        return sorted(select(Program("", "car", count=None, relations=(relation,)), found, VIEW).selected)

    assert middle_of("road") == ["middle far along", "middle of the road"]
    assert middle_of("square") == ["middle of the square"]
    assert parse_expression("the car in the middle of the road").relations == (Relation("middle_of", "road"),)


def test_with_an_object_is_having_it_on_in_or_right_beside_it():
    """ "the house with a pool", "an airport with a runway": the anchor on, in or right beside the target
    (a quarter of near's reach), not a street away."""
    houses = [
        _box("pool beside", 10, 10, 40, 40),
        _box("pool inside", 100, 10, 140, 50),
        _box("none", 10, 150, 40, 180),
    ]
    pools = [_box("p1", 42, 15, 52, 25), _box("p2", 110, 20, 120, 30), _box("far", 70, 160, 80, 170)]
    program = Program("", "house", count=None, relations=(Relation("with", "pool"),))
    assert sorted(select(program, {"house": houses, "pool": pools}, VIEW).selected) == [
        "pool beside",
        "pool inside",
    ]
    near = Program("", "house", count=None, relations=(Relation("near", "pool"),))
    assert "none" in select(near, {"house": houses, "pool": pools}, VIEW).selected  # near reaches further
    assert parse_expression("an airport with two long runways").relations == (
        Relation("with", "runway", anchor_qualifiers=Qualifiers(count=2, shape="long")),
    )


def test_on_the_left_side_of_the_street_is_on_its_left_part_and_a_corner_of_a_lot_is_in_that_corner():
    """A car on the left side of a street running up the view is on its left lanes, not beside it; a
    street running across the view has no left side; a corner of a parking lot is in that corner."""
    street = _polygon("street", [(80, 0), (120, 0), (120, 200), (80, 200)])
    across = _polygon("across", [(0, 150), (200, 150), (200, 180), (0, 180)])
    lot = _polygon("lot", [(10, 10), (60, 10), (60, 60), (10, 60)])
    cars = [
        _box("left lanes", 83, 40, 91, 50),
        _box("right lanes", 109, 40, 117, 50),
        _box("beside it", 60, 40, 70, 50),
        _box("lot corner", 50, 50, 57, 57),
        _box("lot middle", 31, 31, 39, 39),
    ]
    found = {"car": cars, "road": [street, across], "parking lot": [lot]}

    def on(kind, anchor):
        relation = Relation(kind, anchor)
        return sorted(select(Program("", "car", count=None, relations=(relation,)), found, VIEW).selected)

    assert on("left_part_of", "road") == ["left lanes"]
    assert on("right_part_of", "road") == ["right lanes"]
    assert on("lower_right_part_of", "parking lot") == ["lot corner"]
    reading = parse_expression("the car parked on the left side of the street")
    assert reading.relations == (Relation("left_part_of", "road"),) and not reading.unread


def test_what_is_not_judged_keeps_what_fits_the_rest_and_says_so():
    """ "the chimney casting a long shadow toward the left": the chimney the rest picks, with a note that
    names the shadow; a turn likewise, over every target of the program."""
    chimneys = [_box("left", 20, 80, 30, 90, score=0.6), _box("right", 160, 80, 170, 90, score=0.9)]
    program = parse_expression("the chimney on the left casting a long shadow toward the left")
    result = select(program, {"chimney": chimneys}, VIEW)
    assert result.selected == ["left"]
    assert str(result.notes[0]) == (
        "'casting a long shadow toward the left' was not judged (the detector outlines objects, not their"
        " shadows): what is kept fits the rest"
    )
    cars = {"car": [_box("a", 10, 10, 20, 20)], "bus": [_box("b", 50, 50, 90, 70)]}
    both = select(parse_expression("the car and the bus turning left"), cars, VIEW)
    assert sorted(both.selected) == ["a", "b"]
    assert [str(note) for note in both.notes].count(
        "'turning left' was not judged (one picture does not show movement: a turn, a wake, which way"
        " traffic goes): what is kept fits the rest"
    ) == 1


def test_the_medium_sized_one_is_the_middle_in_size_and_of_two_neither():
    ships = [_box("small", 10, 10, 14, 14), _box("medium", 50, 50, 60, 60), _box("large", 100, 100, 140, 140)]
    medium = parse_expression("the medium-sized ship")
    assert select(medium, {"ship": ships}, VIEW).selected == ["medium"]
    neither = select(medium, {"ship": ships[:1] + ships[2:]}, VIEW)
    assert neither.selected == [] and "no 'ship' is medium-sized" in str(neither.notes)
    # by area: of five, the one whose area is the median, before better-scored ones beside it
    five = [
        *ships,
        _box("smallish", 150, 10, 156, 16, score=0.9),
        _box("largish", 100, 150, 130, 180, score=0.9),
    ]
    assert select(medium, {"ship": five}, VIEW).selected == ["medium"]


def test_the_middle_one_is_the_one_nearest_the_middle_of_those_that_fit():
    """ "Among the three planes, the middle one": of a row of three, the one between, wherever the row is."""
    planes = [_box(name, x, 20, x + 10, 30) for name, x in (("left", 120), ("middle", 150), ("right", 180))]
    program = parse_expression("Among the three planes, the middle one")
    assert program.ordering == "middle"
    assert select(program, {"airplane": planes}, VIEW).selected == ["middle"]
    # of those that fit the rest only: the middle of the white ones
    painted = [_box(n, x, 120, x + 10, 130) for n, x in (("a", 20), ("b", 60), ("c", 100), ("d", 140))]
    image = _painted(
        [(painted[0], "red"), (painted[1], "white"), (painted[2], "white"), (painted[3], "white")]
    )
    white = parse_expression("Among the white planes, the middle one")
    assert select(white, {"airplane": painted}, VIEW, image).selected == ["c"]


def test_the_last_one_in_a_row_is_either_end_of_it_and_said_so():
    """ "the last car in the row" does not say which end: both ends of the line the cars lie along (here
    a diagonal row, with a car apart from it that is not on the line's ends), with a note; "the second
    car in the row" the second from each end; "all cars except the last one in the row" keeps the
    middle ones; one car alone is its own row's end."""
    row = [_box(f"c{i}", 20 + 30 * i, 20 + 25 * i, 34 + 30 * i, 30 + 25 * i) for i in range(5)]
    cars = {"car": row}
    last = select(parse_expression("the last car in the row"), cars, VIEW)
    assert sorted(last.selected) == ["c0", "c4"]
    assert last.notes == [
        "which end of the row of 'car' is meant is not said: both ends are kept, remove the other"
    ]
    assert sorted(select(parse_expression("the second car in the row"), cars, VIEW).selected) == ["c1", "c3"]
    rest = select(parse_expression("all cars except the last one in the row"), cars, VIEW)
    assert rest.selected == ["c1", "c2", "c3"]
    assert (
        "which end of the row of 'car' is meant is not said: both ends are kept, remove the other"
        in rest.notes
    )
    both = select(parse_expression("the two cars at the ends of the row"), cars, VIEW)
    assert sorted(both.selected) == ["c0", "c4"] and both.notes == []  # one at each end, as asked
    alone = select(parse_expression("the last car in the row"), {"car": row[:1]}, VIEW)
    assert alone.selected == ["c0"] and alone.notes == []
    short = select(parse_expression("the sixth car in the row"), cars, VIEW)
    assert short.selected == []
    assert short.notes == ["there are only 5 'car' to count 6 along", "1 were asked for, 0 found"]


def test_one_said_first_by_two_orders_is_first_by_both_or_none_is_and_the_note_says_so():
    """ "the leftmost tank, which is also the largest": the leftmost when it is the largest too; when the
    largest is another tank, none is both, and the answer is empty with a note (not the leftmost alone,
    nor the largest); the order measured from an anchor is checked on its distances."""
    said = parse_expression("the leftmost tank, which is also the largest")
    both = [
        _box("left and large", 10, 90, 40, 120),
        _box("middle", 90, 90, 100, 100),
        _box("right", 170, 90, 180, 100),
    ]
    assert select(said, {"storage tank": both}, VIEW).selected == ["left and large"]
    apart = [_box("left", 10, 90, 20, 100), _box("large", 90, 90, 130, 130), _box("right", 170, 90, 180, 100)]
    selection = select(said, {"storage tank": apart}, VIEW)
    assert selection.selected == []
    assert selection.notes == [
        "the leftmost 'storage tank' is not also the largest: none is both",
        "1 were asked for, 0 found",
    ]
    near = parse_expression("the storage tank closest to the road is the largest")
    road = [_box("road", 0, 0, 200, 10)]
    tanks = [_box("near and large", 80, 20, 120, 60), _box("far", 20, 150, 30, 160)]
    assert select(near, {"storage tank": tanks, "road": road}, VIEW).selected == ["near and large"]
    tanks = [_box("near", 80, 20, 90, 30), _box("far and large", 20, 120, 70, 170)]
    assert select(near, {"storage tank": tanks, "road": road}, VIEW).selected == []
    largest = parse_expression("the largest storage tank, which is the closest to the road")
    assert (largest.ordering, largest.also_first) == ("largest", ("closest",))
    unchecked = select(largest, {"storage tank": tanks}, VIEW)  # no road found: the largest, said
    assert unchecked.selected == ["far and large"]
    assert unchecked.notes == ["'closest' needs an anchor that was not found; not checked"]


def test_an_anchor_picked_by_its_own_relation_picks_the_target():
    """ "the car on a road lined with houses": of two roads, the one with houses beside it; the car on
    the other road is not meant (the houses were not even asked for, and the car was given them)."""
    program = parse_expression("the car on a road lined with houses")
    roads = [_box("road with houses", 0, 40, 200, 50), _box("bare road", 0, 140, 200, 150)]
    houses = [_box("house", 60, 52, 75, 65), _box("house 2", 120, 25, 135, 38)]
    cars = [_box("car on the bare road", 150, 142, 158, 148, 0.9), _box("car by the houses", 20, 42, 28, 48)]
    found = {"car": cars, "road": roads, "house": houses}
    assert set(found) == set(program.queries)
    selection = select(program, found, VIEW)
    assert selection.selected == ["car by the houses"] and selection.notes == []


def test_closest_to_the_center_of_an_anchor_is_measured_from_its_middle():
    """ "the plane closest to the center of the apron": of the planes on it, the one nearest its middle
    (every one is on it: by the outline they would all be at 0); "farthest from" the one farthest off."""
    apron = _box("apron", 20, 20, 180, 180)
    planes = [
        _box("edge", 25, 25, 35, 35),
        _box("middle", 95, 110, 105, 120),
        _box("side", 150, 95, 160, 105),
    ]
    found = {"airplane": planes, "runway": [apron]}
    closest = parse_expression("the plane closest to the center of the apron")
    assert [r.kind for r in closest.relations] == ["near_middle_of"]
    assert select(closest, found, VIEW).selected == ["middle"]
    farthest = parse_expression("the plane farthest from the center of the apron")
    assert select(farthest, found, VIEW).selected == ["edge"]
    # taken away: the others
    others = parse_expression("the planes except the one closest to the middle of the apron")
    assert sorted(select(others, found, VIEW).selected) == ["edge", "side"]


def test_an_order_from_an_anchor_s_middle_keeps_the_other_relations_as_conditions():
    """ "the car closest to the center of the roundabout, near the bus": of the cars near the bus, the one
    nearest the roundabout's middle (the bus was no condition: the central car far from it was picked)."""
    roundabout = _box("roundabout", 40, 40, 160, 160)
    cars = [
        _box("central", 95, 95, 105, 105),
        _box("by_bus", 60, 60, 70, 70),
        _box("far", 140, 140, 150, 150),
    ]
    found = {"car": cars, "roundabout": [roundabout], "bus": [_box("bus", 45, 45, 58, 58)]}
    program = parse_expression("the car closest to the center of the roundabout, near the bus")
    assert select(program, found, VIEW).selected == ["by_bus"]


def test_the_second_bay_from_the_right_is_the_one_the_bus_is_parked_in():
    """ "the bus parked in the second bay from the right": the anchor's own order picks the bay (the
    words had been left unread and any bay taken)."""
    bays = [_box(f"bay {n}", 20 + 40 * n, 60, 50 + 40 * n, 140) for n in range(4)]  # left to right
    buses = [_box(f"bus in bay {n}", 25 + 40 * n, 70, 45 + 40 * n, 130, 0.9 - 0.1 * n) for n in range(4)]
    program = parse_expression("the bus parked in the second bay from the right")
    assert program.unread == () and program.relations[0].anchor_qualifiers.ordering == "rightmost"
    selection = select(program, {"bus": buses, "bay": bays}, VIEW)
    assert selection.selected == ["bus in bay 2"] and selection.notes == []
