"""What a referring expression asks for, as a typed program: the target phrase the detector looks for,
the attributes and positions that select among its candidates, the relations to anchor objects, and
how many to keep. Written by `parse.parse_expression`, run by `select.select`; plain data that either
process can show."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# What a program can say, the one list of each: a Relation or Program holding anything else is refused
# when it is made, so a word the parser maps to a value `select` has no test for cannot pass unnoticed.
# Relations of a target to an anchor object (or a vector layer of that name). The directions of the
# image frame ("left_of", "above") follow the view as shown; the compass ones the map's north.
RELATIONS = (
    "left_of",
    "right_of",
    "above",
    "below",
    "north_of",
    "south_of",
    "east_of",
    "west_of",
    "near",
    "far_from",
    "between",
    "inside",
    "along",
    "smaller_than",
    "larger_than",
)
# Where in the view: image frame (left, top…) or compass (north…), one or two words ("top left").
POSITIONS = ("left", "right", "top", "bottom", "center", "north", "south", "east", "west")
# Orderings for superlatives and ordinals: ("x", -1) is leftmost first; "area" largest first.
ORDERINGS = (
    "largest",
    "smallest",
    "leftmost",
    "rightmost",
    "topmost",
    "bottommost",
    "northernmost",
    "southernmost",
    "easternmost",
    "westernmost",
    "closest",
    "farthest",
)


@dataclass(frozen=True)
class Relation:
    kind: str  # one of RELATIONS
    anchor: str  # the anchor's phrase, as the detector (or a layer name) is asked for it
    second_anchor: str | None = None  # "between A and B"
    distance_m: float | None = None  # "within 50 m of the river"

    def __post_init__(self) -> None:
        _one_of("relation", self.kind, RELATIONS)


@dataclass(frozen=True)
class Program:
    expression: str  # as typed
    target: str  # the phrase the detector is asked for: a known class's name, or the free noun phrase
    count: int | None = 1  # how many to keep; None: every one that fits ("all", a plural)
    colours: tuple[str, ...] = ()
    size: str | None = None  # "small" or "large", relative to the other candidates
    shape: str | None = None  # "round", "square", "rectangular", "long"
    position: tuple[str, ...] = ()  # e.g. ("top", "left") or ("north",): where in the view
    ordering: str | None = None  # one of ORDERINGS: a superlative, or what an ordinal counts along
    rank: int = 1  # with ``ordering``: 1 the first (the leftmost), 2 "the second from the left"
    relations: tuple[Relation, ...] = ()
    understood: bool = True  # False: the expression goes to the detector whole, as it is
    unread: tuple[str, ...] = field(default=())  # words the parser could not place

    def __post_init__(self) -> None:
        for place in self.position:
            _one_of("position", place, POSITIONS)
        if self.ordering is not None:
            _one_of("ordering", self.ordering, ORDERINGS)

    @property
    def queries(self) -> list[str]:
        """The phrases the detector is asked for, the target first, then each anchor once."""
        phrases = [self.target]
        for relation in self.relations:
            for anchor in (relation.anchor, relation.second_anchor):
                if anchor and anchor not in phrases:
                    phrases.append(anchor)
        return phrases

    def as_json(self) -> dict:
        return {**asdict(self), "queries": self.queries}

    def explain(self) -> str:
        """One line for the analyst: how the expression was understood."""
        if not self.understood:
            return f"not understood; the whole expression goes to the detector: '{self.expression}'"
        parts = [f"target: {self.target}"]
        parts.append("count: all" if self.count is None else f"count: {self.count}")
        attributes = [*self.colours, *(value for value in (self.size, self.shape) if value)]
        if attributes:
            parts.append("attributes: " + ", ".join(attributes))
        if self.position:
            parts.append("position: " + " ".join(self.position))
        if self.ordering:
            parts.append(f"order: {self.ordering}" + (f" #{self.rank}" if self.rank != 1 else ""))
        for relation in self.relations:
            anchor = relation.anchor + (f" and {relation.second_anchor}" if relation.second_anchor else "")
            kind = relation.kind.replace("_", " ")
            if relation.distance_m is not None:
                kind = f"within {relation.distance_m:g} m of"
            parts.append(f"relation: {kind} {anchor}")
        return "; ".join(parts)


def _one_of(what: str, value: str, known: tuple[str, ...]) -> None:
    if value not in known:
        raise ValueError(f"unknown {what} {value!r}: one of {', '.join(known)}")
