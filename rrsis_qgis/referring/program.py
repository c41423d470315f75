"""What a referring expression asks for, as a typed program: the target phrase the detector looks for,
the attributes and positions that select among its candidates, the relations to anchor objects (each
anchor with its own qualifiers), what is excluded, and how many to keep. Written by
`parse.parse_expression`, run by `select.select`; plain data that either process can show, and that
crosses between them as JSON (`as_json`, `from_json`) so that a run uses exactly the reading shown."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields

# What a program can say, the one list of each: a Relation or Program holding anything else is refused
# when it is made, so a word the parser maps to a value `select` has no test for cannot pass unnoticed.
# The relation kinds are the registry's (`select.RELATION_KINDS`: phrases and a fit for each).
# Where in the view: image frame (left, top…) or compass (north…), one or two words ("top left").
POSITIONS = ("left", "right", "top", "bottom", "center", "north", "south", "east", "west")
POSITIONS += ("edge",)  # "near the edge of the image": near one of the view's edges, whichever
# Orderings for superlatives and ordinals: "leftmost" first the leftmost; "largest" the largest first;
# the corner ones along the diagonal ("the first tank from the lower right").
ORDERINGS = (
    "largest",
    "smallest",
    "leftmost",
    "rightmost",
    "topmost",
    "bottommost",
    "top_leftmost",
    "top_rightmost",
    "bottom_leftmost",
    "bottom_rightmost",
    "northernmost",
    "southernmost",
    "easternmost",
    "westernmost",
    "closest",
    "farthest",
    "central",  # "closest to the center of the image"
    "outermost",  # "closest to the edge of the image": nearest one of the view's edges
    "middle",  # "the middle one of the three": nearest the middle of those that fit the rest
    "end",  # "the last car in the row": at either end of those that fit the rest, along their line
)
# Orderings that are each other's reverse: the first by one is never also the first by the other.
REVERSED = {"largest": "smallest", "leftmost": "rightmost", "topmost": "bottommost", "closest": "farthest"}
REVERSED.update({"northernmost": "southernmost", "easternmost": "westernmost"})
REVERSED.update({"top_leftmost": "bottom_rightmost", "top_rightmost": "bottom_leftmost"})
REVERSED.update({second: first for first, second in REVERSED.items()})
COLOURS = ("white", "black", "gray", "red", "green", "blue", "yellow", "brown", "orange", "purple", "pink")
COLOURS += ("cyan", "dark", "bright")
SIZES = ("small", "medium", "large")
SHAPES = ("round", "square", "rectangular", "long", "oval", "curved")
# Which way the object lies in the view: its long axis (a square's sides) along x, along y, or between.
ORIENTATIONS = ("horizontal", "vertical", "diagonal")
# Which way it goes or faces ("driving toward the top", "heading north-east"): a side or a corner of the
# view or the compass. One picture shows the way it lies, not which end leads: that is what is judged.
HEADINGS = tuple(place for place in POSITIONS if place not in ("center", "edge"))
# What was said that the selection cannot judge: read, kept and shown, never applied. A shadow, a small
# part's look ("with a blue tail"), what covers it, a turn, a wake or a lane's direction, a height, how much
# a comparison holds ("slightly larger"), what it carries ("holding an umbrella"), an outline other than
# the measured shapes ("kidney-shaped"), what it is made of ("the concrete dam") and what a clause says of
# other objects ("while the rest of the lot is empty"): the detector's outlines
# and one picture from above do not show them, or nothing measures them. Each kind has its reason, said
# with the answer (`conditions_said.NOT_JUDGED`).
UNJUDGED_KINDS = ("shadow", "part", "cover", "motion", "height", "degree", "carried", "outline", "material")
UNJUDGED_KINDS += ("condition", "use", "offset", "alignment", "row", "tone", "others", "look", "some")


def _check(item) -> None:
    """What a program or qualifiers hold is what `select` can judge: a program that crossed as JSON
    with a count of -1 or "2" is refused here, not misused there."""
    if item.count is not None and not _positive_int(item.count):
        raise ValueError(f"a count is a whole number of at least 1, or none for all: not {item.count!r}")
    if not _positive_int(item.rank):
        raise ValueError(f"a rank is a whole number of at least 1: not {item.rank!r}")
    for name in ("colours", "position", "heading"):
        if not isinstance(getattr(item, name), tuple) or not all(
            isinstance(v, str) for v in getattr(item, name)
        ):
            raise ValueError(f"{name}: a list of words was expected, not {getattr(item, name)!r}")
    for colour in item.colours:
        _one_of("colour", colour, COLOURS)
    if item.size is not None:
        _one_of("size", item.size, SIZES)
    if item.shape is not None:
        _one_of("shape", item.shape, SHAPES)
    if item.orientation is not None:
        _one_of("orientation", item.orientation, ORIENTATIONS)
    for way in item.heading:
        _one_of("heading", way, HEADINGS)
    if len(item.heading) > 2 or (len(item.heading) == 2 and frozenset(item.heading) not in _CORNERS):
        raise ValueError(f"a heading is a side or a corner: not {item.heading!r}")
    if not isinstance(item.truncated, bool):
        raise ValueError(f"truncated is true or false: not {item.truncated!r}")
    for place in item.position:
        _one_of("position", place, POSITIONS)
    if item.ordering is not None:
        _one_of("ordering", item.ordering, ORDERINGS)
    if not isinstance(item.also_first, tuple) or not all(isinstance(v, str) for v in item.also_first):
        raise ValueError(f"also_first: a list of orderings was expected, not {item.also_first!r}")
    for other in item.also_first:
        _one_of("ordering", other, ORDERINGS)
        if item.ordering in (None, "end", other, REVERSED.get(other)) or other == "end" or item.rank != 1:
            raise ValueError(
                f"also first by {other!r}: said with a first order of rank 1 that is not it, its reverse "
                f"or a row's end, not {item.ordering!r} #{item.rank}"
            )


_CORNERS = {
    frozenset((first, second))
    for ups, acrosses in ((("top", "bottom"), ("left", "right")), (("north", "south"), ("east", "west")))
    for first in ups
    for second in acrosses
}


def _positive_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _words(value) -> tuple:
    """A JSON list of words as a tuple; a string is refused, not split into letters."""
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"a list of words was expected: not {value!r}")
    return tuple(value)


def _one_of(what: str, value: str, known: tuple[str, ...]) -> None:
    if value not in known:
        raise ValueError(f"unknown {what} {value!r}: one of {', '.join(known)}")


@dataclass(frozen=True)
class Qualifiers:
    """An anchor's own words ("the orange and red ground track field in the middle"), or what an
    exclusion removes ("not white", "except the one near the river")."""

    count: int | None = 1  # an anchor: how many are meant (None: "some buildings"); unused in exclusions
    colours: tuple[str, ...] = ()
    size: str | None = None
    shape: str | None = None
    orientation: str | None = None
    heading: tuple[str, ...] = ()
    truncated: bool = False
    position: tuple[str, ...] = ()
    ordering: str | None = None
    rank: int = 1
    also_first: tuple[str, ...] = ()  # as Program's
    relations: tuple[Relation, ...] = ()  # an exclusion's ("except the one near the river")

    def __post_init__(self) -> None:
        _check(self)

    @property
    def empty(self) -> bool:
        return self == Qualifiers(count=self.count)

    def words(self) -> list[str]:
        """The qualifiers as the explanation names them (the notes' words, `conditions_said`)."""
        from .conditions_said import qualities  # it reads this module's classes

        return [str(said) for said in qualities(self)]


@dataclass(frozen=True)
class Relation:
    kind: str  # one of select.RELATION_KINDS
    anchor: str  # the anchor's phrase, as the detector (or a layer name) is asked for it
    second_anchor: str | None = None  # "between A and B"
    distance_m: float | None = None  # "within 50 m of the river", on the ground
    anchor_qualifiers: Qualifiers = Qualifiers()  # "the green baseball field": green is the anchor's
    second_qualifiers: Qualifiers = Qualifiers()

    def __post_init__(self) -> None:
        from .select import RELATION_KINDS  # the registry judges what it lists; select imports this module

        if self.kind not in RELATION_KINDS:
            raise ValueError(f"unknown relation {self.kind!r}: one of {', '.join(RELATION_KINDS)}")
        if not (isinstance(self.anchor, str) and self.anchor):
            raise ValueError(f"a relation's anchor is a phrase: not {self.anchor!r}")
        if self.second_anchor is not None and not (
            isinstance(self.second_anchor, str) and self.second_anchor
        ):
            raise ValueError(f"a relation's second anchor is a phrase: not {self.second_anchor!r}")
        distance = self.distance_m
        if distance is not None and not (
            isinstance(distance, (int, float)) and not isinstance(distance, bool) and 0 < distance < math.inf
        ):
            raise ValueError(f"a distance is a number of metres above 0: not {distance!r}")

    def describe(self) -> str:
        """ "north of road", "within 50 m of river (white)": as the notes name it (`conditions_said`)."""
        from .conditions_said import relation  # it reads this module's classes

        return str(relation(self))


@dataclass(frozen=True)
class Exclusion:
    """A set taken away: the target's candidates that meet every one of ``what`` are removed."""

    word: str  # as written: "not", "except", "other than", "but", "without"
    what: Qualifiers

    def __post_init__(self) -> None:
        if not isinstance(self.word, str) or not isinstance(self.what, Qualifiers):
            raise ValueError(f"an exclusion is a word and what it removes: not {self.word!r}, {self.what!r}")


@dataclass(frozen=True)
class Unjudged:
    """Words read and understood that no candidate can be judged by: "casting a long shadow to the left"."""

    kind: str  # one of UNJUDGED_KINDS
    said: str  # the words as read

    def __post_init__(self) -> None:
        _one_of("kind of what is not judged", self.kind, UNJUDGED_KINDS)
        if not isinstance(self.said, str) or not self.said:
            raise ValueError(f"what was said is some words: not {self.said!r}")


@dataclass(frozen=True)
class Program:
    expression: str  # as typed
    target: str  # the phrase the detector is asked for: a known class's name, or the free noun phrase
    count: int | None = 1  # how many to keep; None: every one that fits ("all", a plural)
    colours: tuple[str, ...] = ()
    size: str | None = None  # one of SIZES, relative to the other candidates
    shape: str | None = None  # one of SHAPES
    orientation: str | None = None  # one of ORIENTATIONS: "oriented diagonally"
    heading: tuple[str, ...] = ()  # HEADINGS: "driving toward the top" ("top",); judged by the way it lies
    truncated: bool = False  # "partially cut off by the edge of the image": it touches the view's edge
    position: tuple[str, ...] = ()  # e.g. ("top", "left") or ("north",): where in the view
    ordering: str | None = None  # one of ORDERINGS: a superlative, or what an ordinal counts along
    rank: int = 1  # with ``ordering``: 1 the first (the leftmost), 2 "the second from the left"
    # Other orders the first is first by too ("the largest tank, which is also the leftmost"): checked,
    # and when the first by ``ordering`` is not also first by each, none is both and nothing is chosen.
    also_first: tuple[str, ...] = ()
    relations: tuple[Relation, ...] = ()
    excluded: tuple[Exclusion, ...] = ()
    understood: bool = True  # False: the expression goes to the detector whole, as it is
    unread: tuple[str, ...] = field(default=())  # words the parser could not place: a partial reading
    unjudged: tuple[Unjudged, ...] = ()  # understood, and not applied: the answer says so
    # Typing slips read as the word they slip from, (as typed, as read): "samll" as "small"; said.
    respelled: tuple[tuple[str, str], ...] = ()
    # The other targets asked for with this one ("the cars and the bus", "the white car and the black
    # one"): each picked by its own words and those said of all; the answer is every one they pick.
    also: tuple[Program, ...] = ()

    def __post_init__(self) -> None:
        _check(self)
        if not isinstance(self.understood, bool):
            raise ValueError(f"understood is true or false: not {self.understood!r}")
        named = isinstance(self.target, str) and (bool(self.target) or not self.understood)
        if not isinstance(self.expression, str) or not named:  # read whole, the target is the text as typed
            raise ValueError(f"a program names its target: not {self.target!r}")
        if not isinstance(self.unread, tuple) or not all(isinstance(word, str) for word in self.unread):
            raise ValueError(f"unread is a list of words: not {self.unread!r}")
        if not isinstance(self.unjudged, tuple) or not all(isinstance(u, Unjudged) for u in self.unjudged):
            raise ValueError(f"unjudged holds what was said and not judged: not {self.unjudged!r}")
        if self.unjudged and not self.understood:
            raise ValueError("an expression not understood has nothing read, judged or not")
        if not isinstance(self.respelled, tuple) or not all(
            isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(word, str) for word in pair)
            for pair in self.respelled
        ):
            raise ValueError(f"respelled holds pairs of words, as typed and as read: not {self.respelled!r}")
        if self.respelled and not self.understood:
            raise ValueError("an expression not understood has no word read as another")
        if not isinstance(self.also, tuple) or not all(
            isinstance(other, Program)
            and other.understood
            and not (other.also or other.unread or other.unjudged)
            for other in self.also
        ):
            raise ValueError(
                f"also holds the other targets' programs, read, with none of their own: not {self.also!r}"
            )
        if self.also and not self.understood:
            raise ValueError("an expression not understood has one target: the expression as typed")

    @property
    def partial(self) -> bool:
        """Understood, but with words left over that the selection does not apply."""
        return self.understood and bool(self.unread)

    @property
    def targets(self) -> list[str]:
        """The phrases of what is asked for, each once: the target, then the others' (``also``)."""
        return list(dict.fromkeys([self.target, *(other.target for other in self.also)]))

    @property
    def queries(self) -> list[str]:
        """The phrases the detector is asked for, the targets first, then each anchor once, with the
        anchors' own ("near the entrance of the parking lot": the parking lot too)."""
        phrases = self.targets
        relations = [
            relation
            for program in (self, *self.also)
            for relation in (*program.relations, *(r for e in program.excluded for r in e.what.relations))
        ]
        while relations:
            relation = relations.pop(0)
            for anchor in (relation.anchor, relation.second_anchor):
                if anchor and anchor not in phrases:
                    phrases.append(anchor)
            relations += [*relation.anchor_qualifiers.relations, *relation.second_qualifiers.relations]
        return phrases

    @property
    def anchors(self) -> list[str]:
        """The phrases that are only anchors: a project's layer may stand for them (a target is always
        looked for in the image)."""
        return self.queries[len(self.targets) :]

    def as_json(self) -> dict:
        return {**asdict(self), "partial": self.partial, "queries": self.queries}

    @classmethod
    def from_json(cls, data: dict, nested: bool = False) -> Program:
        """The program `as_json` wrote (what crosses to the model process), checked as it is made."""
        for name in ("expression", "target"):
            if name not in data:
                raise ValueError(f"a program names its {name}")
        if nested and data.get("also"):
            raise ValueError("another target's program holds no others of its own")
        values = {f.name: data[f.name] for f in fields(cls) if f.name in data}
        for name in ("colours", "position", "heading", "also_first", "unread"):
            values[name] = _words(values.get(name, ()))
        values["relations"] = tuple(_relation(item) for item in _words(values.get("relations", ())))
        values["excluded"] = tuple(
            Exclusion(item["word"], _qualifiers(item["what"])) for item in _words(values.get("excluded", ()))
        )
        values["unjudged"] = tuple(
            Unjudged(**{name: _mapping(item).get(name) for name in ("kind", "said")})
            for item in _words(values.get("unjudged", ()))
        )
        values["respelled"] = tuple(tuple(_words(pair)) for pair in _words(values.get("respelled", ())))
        values["also"] = tuple(cls.from_json(_mapping(item), True) for item in _words(values.get("also", ())))
        return cls(**values)

    def explain(self) -> str:
        """One line for the analyst: how the expression was understood."""
        from . import conditions_said  # it reads this module's classes

        if not self.understood:
            return f"not understood; the whole expression goes to the detector: '{self.expression}'"
        parts = [f"spelled: '{typed}' as '{read}'" for typed, read in self.respelled]
        parts.append(f"target: {self.target}")
        parts.append("count: all" if self.count is None else f"count: {self.count}")
        attributes = [*self.colours, *(value for value in (self.size, self.shape, self.orientation) if value)]
        attributes += [str(conditions_said.truncated())] if self.truncated else []
        if attributes:
            parts.append("attributes: " + ", ".join(attributes))
        if self.heading:
            parts.append("heading: " + " ".join(self.heading))
        if self.position:
            parts.append("position: " + " ".join(self.position))
        if self.ordering:
            orders = ", ".join(order.replace("_", " ") for order in (self.ordering, *self.also_first))
            parts.append(f"order: {orders}" + (f" #{self.rank}" if self.rank != 1 else ""))
        parts += [f"relation: {relation.describe()}" for relation in self.relations]
        parts += [f"excluded ({e.word}): {', '.join(e.what.words())}" for e in self.excluded]
        if self.unjudged:
            parts.append("not judged: " + ", ".join(f"{u.said} ({u.kind})" for u in self.unjudged))
        if self.unread:
            parts.append("not understood: " + " ".join(self.unread))
        return "; and ".join(["; ".join(parts), *(other.explain() for other in self.also)])


def _mapping(value) -> dict:
    if not isinstance(value, dict):
        raise ValueError(f"a program is a mapping of its fields: not {value!r}")
    return value


def _qualifiers(data: dict) -> Qualifiers:
    values = {f.name: data[f.name] for f in fields(Qualifiers) if f.name in data}
    for name in ("colours", "position", "heading", "also_first"):
        values[name] = _words(values.get(name, ()))
    values["relations"] = tuple(_relation(item) for item in _words(values.get("relations", ())))
    return Qualifiers(**values)


def _relation(data: dict) -> Relation:
    values = {f.name: data[f.name] for f in fields(Relation) if f.name in data}
    for name in ("anchor_qualifiers", "second_qualifiers"):
        values[name] = _qualifiers(values.get(name) or {})
    return Relation(**values)
