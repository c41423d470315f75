"""The conditions a selection's notes name ("no 'car' is north of road"), as `Message`s nested in the
note, so that QGIS shows them in the analyst's language: one translatable template for each value a
program can hold (colours, sizes, shapes, orientations, places, orderings, relation kinds). Their English
is exactly what `Qualifiers.words` and `Relation.describe` say (the CLI and the logs print it); the
anchors' phrases stay the analyst's or the detector's words."""

from __future__ import annotations

from collections.abc import Sequence

from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from .program import Qualifiers, Relation, Unjudged

WORDS = {  # colours, sizes, shapes, orientations
    "white": QT_TRANSLATE_NOOP("messages", "white"),
    "black": QT_TRANSLATE_NOOP("messages", "black"),
    "gray": QT_TRANSLATE_NOOP("messages", "gray"),
    "red": QT_TRANSLATE_NOOP("messages", "red"),
    "green": QT_TRANSLATE_NOOP("messages", "green"),
    "blue": QT_TRANSLATE_NOOP("messages", "blue"),
    "yellow": QT_TRANSLATE_NOOP("messages", "yellow"),
    "brown": QT_TRANSLATE_NOOP("messages", "brown"),
    "orange": QT_TRANSLATE_NOOP("messages", "orange"),
    "purple": QT_TRANSLATE_NOOP("messages", "purple"),
    "pink": QT_TRANSLATE_NOOP("messages", "pink"),
    "cyan": QT_TRANSLATE_NOOP("messages", "cyan"),
    "dark": QT_TRANSLATE_NOOP("messages", "dark"),
    "bright": QT_TRANSLATE_NOOP("messages", "bright"),
    "small": QT_TRANSLATE_NOOP("messages", "small"),
    "medium": QT_TRANSLATE_NOOP("messages", "medium-sized"),
    "large": QT_TRANSLATE_NOOP("messages", "large"),
    "round": QT_TRANSLATE_NOOP("messages", "round"),
    "square": QT_TRANSLATE_NOOP("messages", "square"),
    "rectangular": QT_TRANSLATE_NOOP("messages", "rectangular"),
    "long": QT_TRANSLATE_NOOP("messages", "long"),
    "oval": QT_TRANSLATE_NOOP("messages", "oval"),
    "curved": QT_TRANSLATE_NOOP("messages", "curved"),
    "horizontal": QT_TRANSLATE_NOOP("messages", "horizontal"),
    "vertical": QT_TRANSLATE_NOOP("messages", "vertical"),
    "diagonal": QT_TRANSLATE_NOOP("messages", "diagonal"),
}
TRUNCATED = QT_TRANSLATE_NOOP("messages", "cut off by the edge")
HEADING = QT_TRANSLATE_NOOP("messages", "heading {way}")

# "on the {place}" of each place word; a corner whole, as languages say it in one ("im Nordosten").
ON_THE = QT_TRANSLATE_NOOP("messages", "on the {place}")
PLACES = {
    "top": QT_TRANSLATE_NOOP("messages", "top"),
    "bottom": QT_TRANSLATE_NOOP("messages", "bottom"),
    "left": QT_TRANSLATE_NOOP("messages", "left"),
    "right": QT_TRANSLATE_NOOP("messages", "right"),
    "center": QT_TRANSLATE_NOOP("messages", "center"),
    "north": QT_TRANSLATE_NOOP("messages", "north"),
    "south": QT_TRANSLATE_NOOP("messages", "south"),
    "east": QT_TRANSLATE_NOOP("messages", "east"),
    "west": QT_TRANSLATE_NOOP("messages", "west"),
    "edge": QT_TRANSLATE_NOOP("messages", "edge"),
}
CORNERS = {
    ("top", "left"): QT_TRANSLATE_NOOP("messages", "on the top left"),
    ("left", "top"): QT_TRANSLATE_NOOP("messages", "on the left top"),
    ("top", "right"): QT_TRANSLATE_NOOP("messages", "on the top right"),
    ("right", "top"): QT_TRANSLATE_NOOP("messages", "on the right top"),
    ("bottom", "left"): QT_TRANSLATE_NOOP("messages", "on the bottom left"),
    ("left", "bottom"): QT_TRANSLATE_NOOP("messages", "on the left bottom"),
    ("bottom", "right"): QT_TRANSLATE_NOOP("messages", "on the bottom right"),
    ("right", "bottom"): QT_TRANSLATE_NOOP("messages", "on the right bottom"),
    ("north", "east"): QT_TRANSLATE_NOOP("messages", "on the north east"),
    ("east", "north"): QT_TRANSLATE_NOOP("messages", "on the east north"),
    ("north", "west"): QT_TRANSLATE_NOOP("messages", "on the north west"),
    ("west", "north"): QT_TRANSLATE_NOOP("messages", "on the west north"),
    ("south", "east"): QT_TRANSLATE_NOOP("messages", "on the south east"),
    ("east", "south"): QT_TRANSLATE_NOOP("messages", "on the east south"),
    ("south", "west"): QT_TRANSLATE_NOOP("messages", "on the south west"),
    ("west", "south"): QT_TRANSLATE_NOOP("messages", "on the west south"),
}

ORDERINGS = {
    "central": QT_TRANSLATE_NOOP("messages", "most central"),
    "outermost": QT_TRANSLATE_NOOP("messages", "nearest the edge"),
    "middle": QT_TRANSLATE_NOOP("messages", "in the middle of them"),
    "end": QT_TRANSLATE_NOOP("messages", "at an end of their row"),
    "largest": QT_TRANSLATE_NOOP("messages", "largest"),
    "smallest": QT_TRANSLATE_NOOP("messages", "smallest"),
    "leftmost": QT_TRANSLATE_NOOP("messages", "leftmost"),
    "rightmost": QT_TRANSLATE_NOOP("messages", "rightmost"),
    "topmost": QT_TRANSLATE_NOOP("messages", "topmost"),
    "bottommost": QT_TRANSLATE_NOOP("messages", "bottommost"),
    "top_leftmost": QT_TRANSLATE_NOOP("messages", "top leftmost"),
    "top_rightmost": QT_TRANSLATE_NOOP("messages", "top rightmost"),
    "bottom_leftmost": QT_TRANSLATE_NOOP("messages", "bottom leftmost"),
    "bottom_rightmost": QT_TRANSLATE_NOOP("messages", "bottom rightmost"),
    "northernmost": QT_TRANSLATE_NOOP("messages", "northernmost"),
    "southernmost": QT_TRANSLATE_NOOP("messages", "southernmost"),
    "easternmost": QT_TRANSLATE_NOOP("messages", "easternmost"),
    "westernmost": QT_TRANSLATE_NOOP("messages", "westernmost"),
    "closest": QT_TRANSLATE_NOOP("messages", "closest"),
    "farthest": QT_TRANSLATE_NOOP("messages", "farthest"),
}
MANY = QT_TRANSLATE_NOOP("messages", "{count} {ordering}")  # "except the two largest"
RANKED = QT_TRANSLATE_NOOP("messages", "{ordering} #{rank}")  # "the second from the left"

RELATIONS = {  # each kind of `select.RELATION_KINDS` with its anchor
    "left_of": QT_TRANSLATE_NOOP("messages", "left of {anchor}"),
    "right_of": QT_TRANSLATE_NOOP("messages", "right of {anchor}"),
    "above": QT_TRANSLATE_NOOP("messages", "above {anchor}"),
    "below": QT_TRANSLATE_NOOP("messages", "below {anchor}"),
    "upper_left_of": QT_TRANSLATE_NOOP("messages", "upper left of {anchor}"),
    "upper_right_of": QT_TRANSLATE_NOOP("messages", "upper right of {anchor}"),
    "lower_left_of": QT_TRANSLATE_NOOP("messages", "lower left of {anchor}"),
    "lower_right_of": QT_TRANSLATE_NOOP("messages", "lower right of {anchor}"),
    "left_part_of": QT_TRANSLATE_NOOP("messages", "on the left side of {anchor}"),
    "right_part_of": QT_TRANSLATE_NOOP("messages", "on the right side of {anchor}"),
    "top_part_of": QT_TRANSLATE_NOOP("messages", "on the top side of {anchor}"),
    "bottom_part_of": QT_TRANSLATE_NOOP("messages", "on the bottom side of {anchor}"),
    "upper_left_part_of": QT_TRANSLATE_NOOP("messages", "in the upper left corner of {anchor}"),
    "upper_right_part_of": QT_TRANSLATE_NOOP("messages", "in the upper right corner of {anchor}"),
    "lower_left_part_of": QT_TRANSLATE_NOOP("messages", "in the lower left corner of {anchor}"),
    "lower_right_part_of": QT_TRANSLATE_NOOP("messages", "in the lower right corner of {anchor}"),
    "north_of": QT_TRANSLATE_NOOP("messages", "north of {anchor}"),
    "south_of": QT_TRANSLATE_NOOP("messages", "south of {anchor}"),
    "east_of": QT_TRANSLATE_NOOP("messages", "east of {anchor}"),
    "west_of": QT_TRANSLATE_NOOP("messages", "west of {anchor}"),
    "northeast_of": QT_TRANSLATE_NOOP("messages", "northeast of {anchor}"),
    "northwest_of": QT_TRANSLATE_NOOP("messages", "northwest of {anchor}"),
    "southeast_of": QT_TRANSLATE_NOOP("messages", "southeast of {anchor}"),
    "southwest_of": QT_TRANSLATE_NOOP("messages", "southwest of {anchor}"),
    "near": QT_TRANSLATE_NOOP("messages", "near {anchor}"),
    "far_from": QT_TRANSLATE_NOOP("messages", "far from {anchor}"),
    "between": QT_TRANSLATE_NOOP("messages", "between {anchor}"),
    "inside": QT_TRANSLATE_NOOP("messages", "inside {anchor}"),
    "with": QT_TRANSLATE_NOOP("messages", "with {anchor}"),
    "middle_of": QT_TRANSLATE_NOOP("messages", "in the middle of {anchor}"),
    "near_middle_of": QT_TRANSLATE_NOOP("messages", "near the middle of {anchor}"),
    "along": QT_TRANSLATE_NOOP("messages", "along {anchor}"),
    "crossing": QT_TRANSLATE_NOOP("messages", "crossing {anchor}"),
    "smaller_than": QT_TRANSLATE_NOOP("messages", "smaller than {anchor}"),
    "larger_than": QT_TRANSLATE_NOOP("messages", "larger than {anchor}"),
    "similar_size_to": QT_TRANSLATE_NOOP("messages", "similar size to {anchor}"),
}
# What was read and not judged (`program.UNJUDGED_KINDS`), and why: said with every answer it concerns.
NOT_JUDGED = QT_TRANSLATE_NOOP("messages", "'{said}' was not judged ({why}): what is kept fits the rest")
WHY_NOT_JUDGED = {
    "shadow": QT_TRANSLATE_NOOP("messages", "the detector outlines objects, not their shadows"),
    "part": QT_TRANSLATE_NOOP("messages", "the detector outlines whole objects, not their small parts"),
    "cover": QT_TRANSLATE_NOOP("messages", "what covers an object is not measured"),
    "motion": QT_TRANSLATE_NOOP(
        "messages", "one picture does not show movement: a turn, a wake, which way traffic goes"
    ),
    "height": QT_TRANSLATE_NOOP("messages", "a picture from above does not show height"),
    "degree": QT_TRANSLATE_NOOP(
        "messages", "how much a comparison holds is not measured, only that it holds"
    ),
    "carried": QT_TRANSLATE_NOOP(
        "messages", "what is carried, held or pushed is not told apart from its carrier"
    ),
    "material": QT_TRANSLATE_NOOP("messages", "what an object is made of is not measured"),
    "look": QT_TRANSLATE_NOOP(
        "messages", "only named colours are measured, not patterns, sheen or many colours"
    ),
    "condition": QT_TRANSLATE_NOOP("messages", "how new, busy or full an object is is not measured"),
    "use": QT_TRANSLATE_NOOP("messages", "what an object is used for is not told apart"),
    "alignment": QT_TRANSLATE_NOOP(
        "messages", "which way an object lies or faces beside another is not measured, only that it is by it"
    ),
    "row": QT_TRANSLATE_NOOP("messages", "rows are not told apart, so which row is not measured"),
    "offset": QT_TRANSLATE_NOOP(
        "messages", "only nearness to the middle is measured, not on which side of it an object lies"
    ),
    "tone": QT_TRANSLATE_NOOP(
        "messages", "how much lighter or darker an object is than another is not measured"
    ),
    "others": QT_TRANSLATE_NOOP("messages", "what is said of other objects around it does not pick it out"),
    "some": QT_TRANSLATE_NOOP("messages", "what is said of only some of them does not pick any out"),
    "outline": QT_TRANSLATE_NOOP(
        "messages", "of outlines only round, square, rectangular, oval, long and curved ones are measured"
    ),
}
WITHIN = QT_TRANSLATE_NOOP("messages", "within {distance} m of {anchor}")
QUALIFIED = QT_TRANSLATE_NOOP("messages", "{anchor} ({qualities})")  # "river (white)"
BOTH = QT_TRANSLATE_NOOP("messages", "{first} and {second}")  # "between the bridge and the dam"

# Lists, as templates too: a language may join them its own way ("白色、左侧").
LISTED = QT_TRANSLATE_NOOP("messages", "{first}, {second}")
SIDE_BY_SIDE = QT_TRANSLATE_NOOP("messages", "{first} {second}")  # "red white", colours of one thing


def joined(items: Sequence[Message], template: str = LISTED) -> Message:
    """``items`` (at least one) joined by ``template``: each join a Message holding the ones before."""
    said = items[0]
    for item in items[1:]:
        said = Message(template, first=said, second=item)
    return said


def colours(values: Sequence[str]) -> Message:
    """The colours of one condition ("red white"): all of them on the same thing."""
    return joined([Message(WORDS[value]) for value in values], SIDE_BY_SIDE)


def word(value: str) -> Message:
    """A size, shape or orientation (or one colour)."""
    return Message(WORDS[value])


def truncated() -> Message:
    return Message(TRUNCATED)


def heading(ways: Sequence[str]) -> Message:
    """ "heading top left"."""
    return Message(HEADING, way=joined([Message(PLACES[way]) for way in ways], SIDE_BY_SIDE))


def position(places: Sequence[str]) -> Message:
    """ "on the top left"."""
    if tuple(places) in CORNERS:
        return Message(CORNERS[tuple(places)])
    return Message(ON_THE, place=joined([Message(PLACES[place]) for place in places], SIDE_BY_SIDE))


def ordering(qualifiers: Qualifiers) -> Message:
    """ "largest", "2 largest", "leftmost #2", as `Qualifiers.words` names them."""
    said = Message(ORDERINGS[qualifiers.ordering])
    if qualifiers.rank != 1:
        said = Message(RANKED, ordering=said, rank=qualifiers.rank)
    if qualifiers.count not in (None, 1):
        said = Message(MANY, count=qualifiers.count, ordering=said)
    return said


def qualities(qualifiers: Qualifiers) -> list[Message]:
    """`Qualifiers.words`, each a Message."""
    said = [word(value) for value in qualifiers.colours]
    said += [word(value) for value in (qualifiers.size, qualifiers.shape, qualifiers.orientation) if value]
    said += [heading(qualifiers.heading)] if qualifiers.heading else []
    said += [truncated()] if qualifiers.truncated else []
    said += [position(qualifiers.position)] if qualifiers.position else []
    said += [ordering(qualifiers)] if qualifiers.ordering else []
    said += [Message(ORDERINGS[other]) for other in qualifiers.also_first]
    return said + [relation(item) for item in qualifiers.relations]


def relation(item: Relation) -> Message:
    """`Relation.describe`, as a Message: "north of road", "within 50 m of river (white)"."""

    def named(phrase: str, qualifiers: Qualifiers) -> str | Message:
        said = qualities(qualifiers)
        return Message(QUALIFIED, anchor=phrase, qualities=joined(said)) if said else phrase

    anchor = named(item.anchor, item.anchor_qualifiers)
    if item.second_anchor:
        anchor = Message(BOTH, first=anchor, second=named(item.second_anchor, item.second_qualifiers))
    if item.distance_m is not None:
        return Message(WITHIN, distance=f"{item.distance_m:g}", anchor=anchor)
    return Message(RELATIONS[item.kind], anchor=anchor)


def not_judged(item: Unjudged) -> Message:
    """ "'casting a long shadow' was not judged (the detector outlines objects, not their shadows): …"."""
    return Message(NOT_JUDGED, said=item.said, why=Message(WHY_NOT_JUDGED[item.kind]))
