"""Run a `Program` over a detector's candidates: take away what it excludes, keep the target's candidates
that meet its attributes, position and relations to the anchors' candidates (each anchor picked by its
own words first, as a target is), order them for a superlative or an ordinal, and keep as many as it
asks for. Candidates are in the view's pixels (x right, y down); the compass comes from the view's
georeferencing (`Frame`), so "north" is the map's north on a rotated raster too, and a distance is on
the ground.

Each test gives a fit in [0, 1]; a candidate meets a condition at a fit of at least `KEEP`, and is kept
only when it meets every one: a condition no candidate meets leaves the answer empty, with a note that
names it. A candidate's match is its detector score times its fits; a count keeps the best that many."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from . import conditions_said
from .colours import colour_fit
from .geometry import centroid, hull, oriented_box, perimeter, signed_area
from .program import Program, Qualifiers, Relation
from .relations import (
    Outlines,
    area_samples,
    axis_samples,
    box_pairs,
    contains,
    distance_to,
    inside_any,
    nearest_outlines,
)

# What the selection could not judge, said with its answer.
NO_PIXELS = QT_TRANSLATE_NOOP("messages", "colours were not checked: no image pixels were given")
# A candidate whose box lies off the image given.
NO_PIXELS_UNDER = QT_TRANSLATE_NOOP(
    "messages", "colours were not checked for {count} of the '{what}': no pixel of the image lies under them"
)
NO_OUTLINES = QT_TRANSLATE_NOOP(
    "messages", "shapes were not checked: no outline was given for {count} of the '{what}'"
)
# One picture shows which way a thing lies, not which of its ends leads: a heading is judged by that.
HEADING_BY_AXIS = QT_TRANSLATE_NOOP(
    "messages", "'{heading}': judged by the way each '{what}' lies; one picture does not show where it goes"
)
NO_AXIS = QT_TRANSLATE_NOOP(
    "messages", "'{heading}' was not checked for {count} of the '{what}': they are about as wide as long"
)
NOT_METRIC = QT_TRANSLATE_NOOP(
    "messages", "the view has no metric georeferencing: a distance in metres was read as near"
)
FEWER = QT_TRANSLATE_NOOP("messages", "{asked} were asked for, {found} found")
NONE_MEETS = QT_TRANSLATE_NOOP("messages", "no '{what}' is {condition}")
NONE_MEETS_ALL = QT_TRANSLATE_NOOP("messages", "no '{what}' is {conditions} at once")
REMOVED = QT_TRANSLATE_NOOP("messages", "{count} of the '{what}' removed by '{word}': {conditions}")
SHORT = QT_TRANSLATE_NOOP("messages", "there are only {count} '{what}' to count {rank} along")
NOT_BOTH = QT_TRANSLATE_NOOP("messages", "the {first} '{what}' is not also the {other}: none is both")
OTHER_UNORDERED = QT_TRANSLATE_NOOP("messages", "'{order}' needs an anchor that was not found; not checked")
EITHER_END = QT_TRANSLATE_NOOP(
    "messages", "which end of the row of '{what}' is meant is not said: both ends are kept, remove the other"
)

KEEP = 0.5  # the fit that meets an attribute, position or relation
# What a comparative is said against: "larger than", "shorter compared to the trucks next to it".
COMPARED_TO = (
    "than",
    "relative to",
    "compared to",
    "compared with",
    "in comparison with",
    "in comparison to",
)
SIZE_SAID = ("", "in size ", "in area ")  # "larger in size than the others"
MISS = 0.1  # the fit of a candidate that does not have the attribute
# The relations closest and farthest are measured from (not conditions of their own)
MEASURED_FROM = ("near", "far_from", "near_middle_of")


@dataclass(frozen=True, eq=False)  # one detection: told apart by identity, its outline may be an array
class Candidate:
    id: str
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in view pixels
    score: float  # the detector's confidence
    # Its mask's outline, (x, y) points or an (N, 2) float array (a whole raster's); the box when empty.
    polygon: tuple[tuple[float, float], ...] | np.ndarray = ()

    @functools.cached_property
    def outline(self) -> np.ndarray:
        if len(self.polygon) >= 3:
            return np.asarray(self.polygon, dtype=float)
        x0, y0, x1, y1 = self.box
        return np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], dtype=float)

    # Of a box, without the outline's sums: read for each of 100,000 candidates at scale.
    @functools.cached_property
    def centre(self) -> np.ndarray:
        if len(self.polygon) < 3:
            x0, y0, x1, y1 = self.box
            return np.array([(x0 + x1) / 2, (y0 + y1) / 2])
        return centroid(self.outline)

    @functools.cached_property
    def area(self) -> float:
        if len(self.polygon) < 3:
            x0, y0, x1, y1 = self.box
            return abs((x1 - x0) * (y1 - y0))
        return abs(signed_area(self.outline))


@dataclass(frozen=True)
class Frame:
    """The view: its size in pixels, the map's north and east as unit vectors in pixels, and a pixel's
    side on the ground in metres (None when the view is not georeferenced in a known CRS)."""

    width: int
    height: int
    north: tuple[float, float] = (0.0, -1.0)
    east: tuple[float, float] = (1.0, 0.0)
    pixel_size_m: float | None = None

    @classmethod
    def from_transform(cls, width, height, transform, pixel_size_m: float | None) -> Frame:
        """From an affine transform in rasterio's order (a, b, c, d, e, f): pixel (col, row) to map
        x = a col + b row + c, y = d col + e row + f, of a conformal CRS (north and east at right angles)."""
        a, b, _c, d, e, _f = transform[:6]
        inverse = np.linalg.inv(np.array([[a, b], [d, e]], dtype=float))
        north, east = inverse @ (0.0, 1.0), inverse @ (1.0, 0.0)
        north, east = north / np.linalg.norm(north), east / np.linalg.norm(east)
        return cls(width, height, tuple(north), tuple(east), pixel_size_m)


@dataclass
class Selection:
    selected: list[str]  # candidate ids, best first
    matches: dict[str, float]  # id -> how well it matched (detector score times its fits)
    notes: list[Message] = field(default_factory=list)  # what could not be applied, and why


def select(
    program: Program,
    candidates: dict[str, Sequence[Candidate]],
    frame: Frame,
    image: np.ndarray | None = None,
) -> Selection:
    """The target's candidates that the program refers to (see the module's docstring). ``image``
    (height x width x 3, uint8; or anything sliced like it, ``image[y0:y1:step, x0:x1:step]``) is needed
    for colours only."""
    said = [conditions_said.not_judged(item) for item in program.unjudged]  # first: it concerns them all
    chosen = _select(replace(program, unjudged=()), candidates, frame, image)
    return replace(chosen, notes=[*said, *chosen.notes])


def _select(program: Program, candidates, frame: Frame, image) -> Selection:
    if program.also:  # "the cars and the bus": each target picked by its own program, every one kept
        programs = (replace(program, also=()), *program.also)
        parts = [_select(one, candidates, frame, image) for one in programs]
        selected = list(dict.fromkeys(identifier for part in parts for identifier in part.selected))
        matches = {identifier: 0.0 for identifier in selected}
        for part in parts:  # one picked by two of them ("the ship and the boat") keeps its best match
            for identifier in part.selected:
                matches[identifier] = max(matches[identifier], part.matches[identifier])
        notes = list(dict.fromkeys(note for part in parts for note in part.notes))
        asked = [one.count for one in programs]
        if None not in asked and len(selected) < sum(asked):  # the same object cannot be two of them
            notes.append(Message(FEWER, asked=sum(asked), found=len(selected)))
        return Selection(selected, matches, notes)
    targets = list(candidates.get(program.target, ()))
    if not targets:
        return Selection(
            [], {}, [Message(QT_TRANSLATE_NOOP("messages", "no '{what}' was found"), what=program.target)]
        )
    if not program.understood:  # as before: the detector's most confident answer
        best = max(targets, key=lambda candidate: candidate.score)
        return Selection([best.id], {best.id: best.score}, [])
    judge = _Judge(candidates, frame, image)
    for exclusion in program.excluded:
        targets = judge.exclude(exclusion, program.target, targets)
    chosen, matches = judge.pick(program, program.target, targets, program.count, the_target=True)
    return Selection([c.id for c in chosen], {c.id: matches[c.id] for c in chosen}, judge.notes)


@dataclass
class _Condition:
    said: Message  # as a note names it, translatable: "red", "on the left", "north of road"
    fits: np.ndarray  # each candidate's; NaN where it could not be judged (no pixel, no outline)


class _Judge:
    """One selection's candidates, view and notes: the conditions of a program, of an anchor's own words
    or of an exclusion, judged over a phrase's candidates."""

    def __init__(self, candidates, frame: Frame, image):
        self.candidates, self.frame, self.image = candidates, frame, image
        self.notes: list[Message] = []
        self.picked: dict[tuple[str, Qualifiers], list[Candidate] | None] = {}  # each anchor's, once

    def note(self, template: str, **fields) -> None:
        message = Message(template, **fields)
        if message not in self.notes:  # once, however many relations it concerns
            self.notes.append(message)

    def conditions(
        self, asked: Program | Qualifiers, phrase: str, items: list[Candidate]
    ) -> list[_Condition]:
        """Each condition ``asked`` sets (an ordering is not one: it orders those that meet them)."""
        conditions = []
        if asked.colours:
            if self.image is None:
                self.note(NO_PIXELS)
            else:
                # One that no pixel measures is left unjudged, and said, as shapes without outlines are.
                fits = np.array(
                    [colour_fit(self.image, c.outline, asked.colours, MISS) for c in items], dtype=float
                )
                if np.isnan(fits).any():
                    self.note(NO_PIXELS_UNDER, count=int(np.isnan(fits).sum()), what=phrase)
                conditions.append(_Condition(conditions_said.colours(asked.colours), fits))
        if asked.shape:
            conditions.append(self.from_outlines(_shape_fit, asked.shape, phrase, items))
        if asked.orientation:
            conditions.append(self.from_outlines(_orientation_fit, asked.orientation, phrase, items))
        if asked.heading:
            conditions.append(self.heading(asked.heading, phrase, items))
        if asked.truncated:
            conditions.append(_Condition(conditions_said.truncated(), _truncated_fits(items, self.frame)))
        if asked.size:
            conditions.append(_Condition(conditions_said.word(asked.size), _size_fits(items, asked.size)))
        if asked.position:
            fits = np.array([_position_fit(c, asked.position, self.frame) for c in items])
            conditions.append(_Condition(conditions_said.position(asked.position), fits))
        # the anchor an order is measured from is no condition (the closest may be far): an anchor's middle
        # only that order says, else those near or far
        middles = any(relation.kind == "near_middle_of" for relation in asked.relations)
        measured_from = ("near_middle_of",) if middles else MEASURED_FROM
        for relation in asked.relations:
            orders = (asked.ordering, *asked.also_first)
            if ("closest" in orders or "farthest" in orders) and relation.kind in measured_from:
                continue
            fits = self.relation(relation, items)
            if fits is not None:
                conditions.append(_Condition(conditions_said.relation(relation), fits))
        return conditions

    def from_outlines(self, fit: Callable, value: str, phrase: str, items: list[Candidate]) -> _Condition:
        """A shape or an orientation, judged by ``fit`` on each outline. A box alone has none to judge (a
        disc's box is a square, a box lies along the axes whatever it holds): left unjudged, and said."""
        fits = np.array([fit(c, value) if len(c.polygon) >= 3 else np.nan for c in items])
        if np.isnan(fits).any():
            self.note(NO_OUTLINES, count=int(np.isnan(fits).sum()), what=phrase)
        return _Condition(conditions_said.word(value), fits)

    def heading(self, heading: tuple[str, ...], phrase: str, items: list[Candidate]) -> _Condition:
        """Which way each goes or faces, as far as one picture shows it: along its long side (either end
        leading), said; one about as wide as long, or a box alone, has no such side: left unjudged, and
        said."""
        said = conditions_said.heading(heading)
        self.note(HEADING_BY_AXIS, heading=said, what=phrase)
        outlined = [len(c.polygon) >= 3 for c in items]
        fits = np.array(
            [_heading_fit(c, heading, self.frame) if o else np.nan for c, o in zip(items, outlined)]
        )
        if not all(outlined):
            self.note(NO_OUTLINES, count=outlined.count(False), what=phrase)
        if squarish := int(np.isnan(fits).sum()) - outlined.count(False):
            self.note(NO_AXIS, heading=said, count=squarish, what=phrase)
        return _Condition(said, fits)

    def relation(self, relation: Relation, items: list[Candidate]) -> np.ndarray | None:
        """Each item's fit to the relation; None when an anchor was not found (said, and not applied)."""
        anchors = self.anchors(relation.anchor, relation.anchor_qualifiers)
        seconds = (
            self.anchors(relation.second_anchor, relation.second_qualifiers) if relation.second_anchor else []
        )
        for name, found in ((relation.anchor, anchors), (relation.second_anchor, seconds)):
            if name and found is None:
                unapplied = QT_TRANSLATE_NOOP(
                    "messages", "no '{what}' was found, so '{relation}' was not applied"
                )
                self.note(unapplied, what=name, relation=relation.kind.replace("_", " "))
                return None
        if not anchors or (relation.second_anchor and not seconds):
            return np.full(len(items), MISS)  # no anchor has its own words: nothing meets the relation
        if relation.distance_m is not None and self.frame.pixel_size_m is None:
            self.note(NOT_METRIC)
        return _relation_fits(items, relation, anchors, seconds, self.frame)

    def anchors(self, phrase: str, qualifiers: Qualifiers) -> list[Candidate] | None:
        """The anchor's candidates that its own words pick ("the green baseball field": the green ones);
        None when the detector found none. Which of them each target is judged against is the
        relation's (its nearest, for "the road" made of many segments)."""
        if (phrase, qualifiers) not in self.picked:
            items = list(self.candidates.get(phrase, ())) or None
            if items and not qualifiers.empty:
                count = qualifiers.count if qualifiers.ordering else None  # "the road": all its segments
                items = self.pick(qualifiers, phrase, items, count)[0]
            self.picked[phrase, qualifiers] = items
        return self.picked[phrase, qualifiers]

    def pick(self, asked, phrase: str, items: list[Candidate], count: int | None, the_target=False):
        """(the chosen items best first, each item's match) among ``items`` by ``asked``'s conditions,
        ordering and ``count`` (None: every one that meets them)."""
        conditions = self.conditions(asked, phrase, items)
        fits = np.array([c.fits for c in conditions]).reshape(len(conditions), len(items))
        meets = np.all(np.isnan(fits) | (fits >= KEEP), axis=0)
        products = np.prod(np.where(np.isnan(fits), 1.0, fits), axis=0)
        matches = {c.id: c.score * float(product) for c, product in zip(items, products, strict=True)}
        kept = [c for c, meeting in zip(items, meets, strict=True) if meeting]
        if not kept:
            if items:  # none left to judge is no condition unmet: the exclusions that took them say so
                self.none_meets(phrase, conditions)
            return [], matches
        if asked.ordering == "end":
            chosen = self.row_ends(kept, asked.rank, count, phrase)
            if not chosen:
                self.note(SHORT, count=len(kept), what=phrase, rank=asked.rank)
        elif asked.ordering:
            key = _ordering_key(asked.ordering, self.frame, self.distances(asked, kept), kept)
            if key is None:
                unordered = QT_TRANSLATE_NOOP(
                    "messages", "'{order}' needs an anchor that was not found; ordered by match"
                )
                self.note(unordered, order=asked.ordering)
                ordered = sorted(kept, key=lambda c: -matches[c.id])
            else:
                ordered = sorted(kept, key=key)
            chosen = ordered[asked.rank - 1 : asked.rank - 1 + (count or len(ordered))]
            if not chosen:
                self.note(SHORT, count=len(ordered), what=phrase, rank=asked.rank)
            elif not self.first_by_each(asked, kept, chosen, phrase):
                chosen = []
        else:
            chosen = sorted(kept, key=lambda c: -matches[c.id])[:count]
        if the_target and count and len(chosen) < count:
            self.note(FEWER, asked=count, found=len(chosen))
        return chosen, matches

    def first_by_each(self, asked, group: list[Candidate], chosen: list[Candidate], phrase: str) -> bool:
        """Whether ``chosen``, the first of ``group`` by ``asked.ordering``, are also the first by each of
        its other orders ("the largest tank, which is also the leftmost"); when they are not, none is both,
        said. An order whose anchor was not found is not checked, said."""
        for other in asked.also_first:
            key = _ordering_key(other, self.frame, self.distances(asked, group), group)
            if key is None:
                self.note(OTHER_UNORDERED, order=Message(conditions_said.ORDERINGS[other]))
            elif {id(c) for c in sorted(group, key=key)[: len(chosen)]} != {id(c) for c in chosen}:
                first, second = (Message(conditions_said.ORDERINGS[o]) for o in (asked.ordering, other))
                self.note(NOT_BOTH, first=first, what=phrase, other=second)
                return False
        return True

    def row_ends(self, group: list[Candidate], rank: int, count: int | None, phrase: str) -> list[Candidate]:
        """The ends of ``group``'s row (`_row_ends`), ``count`` in all: "the last car in the row" one at
        each end, said so; "the two cars at the ends of the row" one each, as asked."""
        chosen = _row_ends(group, rank, max(1, (count or 1) // 2))
        if len(chosen) > (count or 1):
            self.note(EITHER_END, what=phrase)
        return chosen

    def none_meets(self, phrase: str, conditions: list[_Condition]) -> None:
        """Says the condition no candidate meets, or that none meets them all at once."""
        for condition in conditions:
            if not np.any(np.isnan(condition.fits) | (condition.fits >= KEEP)):
                self.note(NONE_MEETS, what=phrase, condition=condition.said)
                return
        self.note(
            NONE_MEETS_ALL, what=phrase, conditions=conditions_said.joined([c.said for c in conditions])
        )

    def distances(self, asked, items: list[Candidate]) -> dict[str, float]:
        """Each item's gap to its nearest anchor of the asked near/far relation (to that anchor's middle for
        "closest to the center of the roundabout", which only such an order says), for closest/farthest."""
        middles = [relation for relation in asked.relations if relation.kind == "near_middle_of"]
        for relation in middles or asked.relations:
            if relation.kind in MEASURED_FROM:
                anchors = self.anchors(relation.anchor, relation.anchor_qualifiers)
                if anchors:
                    middle = relation.kind == "near_middle_of"
                    gaps = _gaps_to_middles(items, anchors) if middle else _nearest(items, anchors)[2]
                    return dict(zip((c.id for c in items), gaps.tolist(), strict=True))
        return {}

    def exclude(self, exclusion, phrase: str, items: list[Candidate]) -> list[Candidate]:
        """``items`` less those that meet every condition of ``exclusion.what`` (one not judged, for want
        of pixels or an outline, removes nothing); said with how many were removed."""
        what = exclusion.what
        conditions = self.conditions(what, phrase, items)
        fits = np.array([c.fits for c in conditions]).reshape(len(conditions), len(items))
        meeting = [c for c, meets in zip(items, np.all(fits >= KEEP, axis=0), strict=True) if meets]
        if what.ordering == "end" and meeting:  # "except the last one in the row": both its ends
            meeting = self.row_ends(meeting, what.rank, what.count, phrase)
        elif what.ordering and meeting:  # "except the two largest": as many as it says, from its rank on
            group = meeting
            key = _ordering_key(what.ordering, self.frame, self.distances(what, group), group)
            first = what.rank - 1
            meeting = sorted(group, key=key)[first : first + (what.count or 1)] if key else []
            meeting = meeting if self.first_by_each(what, group, meeting, phrase) else []
        qualities = conditions_said.qualities(what)
        said = conditions_said.joined(qualities) if qualities else exclusion.word
        if not conditions and not what.ordering:
            meeting = []  # nothing said to take away: nothing is
        removed = {id(c) for c in meeting}
        self.note(REMOVED, count=len(removed), what=phrase, word=exclusion.word, conditions=said)
        return [c for c in items if id(c) not in removed]


def _shape_fit(candidate: Candidate, shape: str) -> float:
    outline = candidate.outline
    convex = hull(outline)
    area, hull_area, hull_perimeter = candidate.area, abs(signed_area(convex)), perimeter(convex)
    long, short, _angle = oriented_box(outline)
    if area <= 0 or hull_area <= 0 or short <= 0:
        return MISS
    solidity = area / hull_area  # 1 for a convex outline, less for a bent or hollow one
    # On the convex hull, whose perimeter a mask's pixel staircase does not inflate (a disc's outline
    # traced along pixel edges is 27 % longer than its circle), times solidity for concave shapes.
    circularity = 4 * math.pi * hull_area / hull_perimeter**2 * solidity  # disc 1, square 0.785
    rectangularity = area / (long * short)  # 1 for a rectangle, 0.785 for a disc
    elongation = long / short
    if shape == "round":
        return _ramp(circularity, 0.8, 0.9)
    if shape == "square":
        return _ramp(rectangularity, 0.85, 0.95) * _ramp(2.0 - elongation, 0.6, 0.85)
    if shape == "rectangular":
        return _ramp(rectangularity, 0.85, 0.95)
    if shape == "oval":  # longer than wide, rounded ends: an ellipse 0.785, a running track's 0.89
        return (
            _ramp(elongation, 1.1, 1.25)
            * _ramp(0.97 - rectangularity, 0.0, 0.04)
            * _ramp(solidity, 0.85, 0.95)
        )
    if shape == "curved":  # a bent band: thin (length over width, from its area and perimeter) and concave
        thinness = perimeter(outline) ** 2 / (4 * area)  # a band of length L and width w: about L / w
        return _ramp(thinness, 5.5, 8.0) * _ramp(0.9 - solidity, 0.0, 0.2)
    return _ramp(elongation, 2.0, 3.0)  # long


def _truncated_fits(candidates: list[Candidate], frame: Frame) -> np.ndarray:
    """Cut off by the view's edge: the box reaches it (within 2 px, a traced mask's staircase; on a whole
    raster as in a view)."""
    boxes = np.array([c.box for c in candidates], dtype=float).reshape(-1, 4)
    margin = 2.0
    touches = (
        (boxes[:, 0] <= margin)
        | (boxes[:, 1] <= margin)
        | (boxes[:, 2] >= frame.width - margin)
        | (boxes[:, 3] >= frame.height - margin)
    )
    return np.where(touches, 1.0, MISS)


def _orientation_fit(candidate: Candidate, orientation: str) -> float:
    """Which way the smallest rectangle around the outline lies: an elongated one by its long side (within
    20 degrees of the view's x axis is horizontal, of its y axis vertical, of 45 degrees diagonal, a ramp
    over the next 15 or 10); a squarish one by its sides (along the axes fits horizontal and vertical)."""
    long, short, angle = oriented_box(candidate.outline)
    if short <= 0:
        return MISS
    if long / short >= 1.3:
        tilt = min(angle, 180.0 - angle)  # 0 along x, 90 along y
        if orientation == "horizontal":
            return _ramp(35.0 - tilt, 0.0, 15.0)
        if orientation == "vertical":
            return _ramp(tilt - 55.0, 0.0, 15.0)
        return _ramp(25.0 - abs(tilt - 45.0), 0.0, 10.0)
    off_axes = min(angle % 90.0, 90.0 - angle % 90.0)  # 0 when the sides lie along the axes, 45 at most
    if orientation == "diagonal":
        return _ramp(off_axes - 20.0, 0.0, 10.0)
    return _ramp(25.0 - off_axes, 0.0, 10.0)


def _heading_fit(candidate: Candidate, heading: tuple[str, ...], frame: Frame) -> float:
    """The line of the heading against the long side of the smallest rectangle around the outline: within
    20 degrees it fits, beyond 35 it does not (as `_orientation_fit`); NaN for an outline about as wide as
    long (under 1.3 times), which has no long side."""
    long, short, angle = oriented_box(candidate.outline)
    if long <= 0 or long < 1.3 * short:
        return math.nan
    axis = np.array([math.cos(math.radians(angle)), math.sin(math.radians(angle))])
    way = sum(_way_vector(side, frame) for side in heading)
    cosine = abs(float(axis @ way)) / max(float(np.linalg.norm(way)), 1e-9)
    return _ramp(35.0 - math.degrees(math.acos(min(1.0, cosine))), 0.0, 15.0)


def _way_vector(side: str, frame: Frame) -> np.ndarray:
    """A unit vector toward a side of the view (x right, y down) or of the compass."""
    view = {"left": (-1.0, 0.0), "right": (1.0, 0.0), "top": (0.0, -1.0), "bottom": (0.0, 1.0)}
    if side in view:
        return np.array(view[side])
    vector = _compass_vector(side, frame)
    return vector / max(float(np.linalg.norm(vector)), 1e-9)


def _ramp(value: float, low: float, high: float) -> float:
    """MISS below ``low``, 1 above ``high``, linear between."""
    if value <= low:
        return MISS
    if value >= high:
        return 1.0
    return MISS + (1 - MISS) * (value - low) / (high - low)


def _size_fits(candidates: list[Candidate], size: str) -> np.ndarray:
    """Relative to the others: the smallest fits "small" best; "medium" the nearer its area is to the median
    area (on a log scale; a quarter of the range of sizes away, no longer: of two, neither is medium);
    alone, a candidate fits any."""
    if len(candidates) == 1:
        return np.ones(1)
    if size == "medium":
        sizes = np.log(np.maximum([candidate.area for candidate in candidates], 1e-9))
        spread = max((sizes.max() - sizes.min()) / 4, 1e-9)
        return np.maximum(MISS, 1.0 - (1 - MISS) * np.abs(sizes - np.median(sizes)) / spread)
    order = sorted(range(len(candidates)), key=lambda k: candidates[k].area, reverse=size == "large")
    fits = np.empty(len(candidates))
    fits[order] = 1.0 - (1 - MISS) * np.arange(len(candidates)) / (len(candidates) - 1)
    return fits


def _position_fit(candidate: Candidate, position: tuple[str, ...], frame: Frame) -> float:
    """How far toward the place named the candidate lies, over the view (1 at that edge)."""
    x, y = candidate.centre
    u, v = x / max(frame.width, 1), y / max(frame.height, 1)  # 0..1 across the view
    fit = 1.0
    sides = [place for place in position if place not in ("center", "edge")]
    for place in position:
        if place == "center" and sides:  # "middle left": halfway along the side named
            along = {"left": v, "right": v, "top": u, "bottom": u}.get(sides[0])
            if along is None:  # a compass side: halfway along the compass direction across it
                across = {"north": "east", "south": "east", "east": "north", "west": "north"}[sides[0]]
                along = _compass_fraction(candidate.centre, across, frame)
            value = 1.0 - 2 * abs(along - 0.5)
        elif place == "center":
            value = 1.0 - min(1.0, 2 * math.hypot(u - 0.5, v - 0.5) / math.sqrt(0.5))
        elif place == "edge":  # 1 at an edge, 0 in the middle: met within about a fifth of the view of one
            value = 1.0 - 2 * min(u, 1 - u, v, 1 - v)
        elif place in ("left", "right", "top", "bottom"):
            value = {"left": 1 - u, "right": u, "top": 1 - v, "bottom": v}[place]
        else:
            value = _compass_fraction(candidate.centre, place, frame)
        fit *= _ramp(value, 0.5, 0.7)  # met (KEEP) beyond about 58 % of the way toward that side
    return fit


def _compass_vector(place: str, frame: Frame) -> np.ndarray:
    north, east = np.asarray(frame.north), np.asarray(frame.east)
    return {"north": north, "south": -north, "east": east, "west": -east}[place]


def _compass_fraction(point: np.ndarray, place: str, frame: Frame) -> float:
    """Where ``point`` lies along the compass direction, from 0 (the view's far side) to 1."""
    direction = _compass_vector(place, frame)
    corners = np.array([(0, 0), (frame.width, 0), (0, frame.height), (frame.width, frame.height)], float)
    along = corners @ direction
    return float((point @ direction - along.min()) / max(along.max() - along.min(), 1e-9))


# Relations, judged for all targets at once on the true outlines (`relations`): against each target's
# nearest anchor of those its words picked, or the union of them (inside, crossing); a target is never
# its own anchor ("the vehicle smaller than the vehicle on the top").


def _nearest(targets, anchors, skip: np.ndarray | None = None):
    """(targets' outlines, anchors' outlines, each target's gap to its nearest anchor, which; -1 when
    it has none but itself and ``skip``)."""
    first, second = Outlines([c.outline for c in targets]), Outlines([a.outline for a in anchors])
    own = _own(targets, anchors)
    skip = own if skip is None else np.concatenate([own, skip], axis=1)
    return first, second, *nearest_outlines(first, second, skip)


def _own(targets, anchors) -> np.ndarray:
    """Each target's index among the anchors (-1: not one), as an (n, 1) array."""
    index = {id(anchor): j for j, anchor in enumerate(anchors)}
    return np.array([index.get(id(target), -1) for target in targets], np.int64).reshape(-1, 1)


def _centres(candidates) -> np.ndarray:
    return np.array([c.centre for c in candidates], dtype=float).reshape(-1, 2)


def _bearing_from_nearest(targets, anchors, direction: np.ndarray, touching: bool = False):
    """For the targets that have a nearest anchor (only those touching it when ``touching``), ``has``:
    the cosine between unit ``direction`` and the way from that anchor's nearest outline point to each
    target's centre, that way's length, and whether the centre lies inside the anchor."""
    _first, outlines, gaps, nearest = _nearest(targets, anchors)
    has = np.flatnonzero((nearest >= 0) & ((gaps == 0) if touching else True))
    centres = _centres(targets)[has]
    _distances, points = distance_to(outlines, nearest[has], centres)
    offsets = centres - points
    lengths = np.sqrt((offsets**2).sum(axis=1))
    with np.errstate(divide="ignore", invalid="ignore"):
        cosines = (offsets @ direction) / lengths
    return has, cosines, lengths, contains(outlines, nearest[has], centres)


def _direction_fit(vector) -> Callable:
    """A direction relation: ``vector`` of the image frame (x right, y down), or a compass direction
    (a tuple of "north", "east"... summed) resolved on the view's georeferencing."""

    def fit(targets, relation, anchors, seconds, frame) -> np.ndarray:
        if isinstance(vector[0], str):
            direction = sum(_compass_vector(place, frame) for place in vector)
        else:
            direction = np.asarray(vector, dtype=float)
        direction = direction / np.linalg.norm(direction)
        # From the nearest point of the nearest anchor: "north of the road" is above the road where the
        # tank is, not above the middle of a road across the view, nor of another road far away.
        has, cosines, lengths, inside = _bearing_from_nearest(targets, anchors, direction)
        fits = np.full(len(targets), MISS)
        fits[has] = np.where((lengths < 1e-9) | inside, MISS, _ramps(cosines, 0.5, 0.85))  # on it: not north
        return fits

    return fit


def _part_fit(vector) -> Callable:
    """On a side or corner of the anchor it stands in ("the car on the left side of the street", "in the
    bottom right corner of the parking lot"): its centre inside the nearest anchor, whose nearest edge
    lies that way from it (the left lanes of a road running up the view; no side of a road running
    across it is its left)."""

    def fit(targets, relation, anchors, seconds, frame) -> np.ndarray:
        direction = np.asarray(vector, dtype=float) / np.linalg.norm(vector)
        has, cosines, lengths, inside = _bearing_from_nearest(targets, anchors, direction, touching=True)
        fits = np.full(len(targets), MISS)
        # The nearest edge lies that way: the way from it to the centre is the opposite one.
        fits[has] = np.where(inside & (lengths > 1e-9), _ramps(-cosines, 0.5, 0.85), MISS)
        return fits

    return fit


def _nearness(first: Outlines, second: Outlines, gaps: np.ndarray, nearest: np.ndarray) -> np.ndarray:
    """Nearness to the nearest anchor: 1 when touching, half at a gap as wide as the two are broad
    together (`Outlines.breadths`: a road's width, not its length, or every tank in a view a road
    crosses would be near it), never below MISS."""
    fits = np.full(len(first), MISS)
    has = np.flatnonzero(nearest >= 0)
    sizes = np.maximum(first.breadths()[has] + second.breadths()[nearest[has]], 1e-9)
    fits[has] = np.maximum(MISS, 0.5 ** (gaps[has] / sizes))
    return fits


def _with_fit(targets, relation, anchors, seconds, frame) -> np.ndarray:
    """Has the anchor ("an airport with two long runways", "the house with a pool", "a man with a
    backpack"): on it, in it or right beside it, a quarter of `_nearness`'s reach."""
    first, second, gaps, nearest = _nearest(targets, anchors)
    return _nearness(first, second, gaps * 4, nearest)


def _near_fit(targets, relation, anchors, seconds, frame) -> np.ndarray:
    first, second, gaps, nearest = _nearest(targets, anchors)
    if relation.distance_m is not None and frame.pixel_size_m is not None:
        return np.where(gaps * frame.pixel_size_m <= relation.distance_m, 1.0, MISS)
    return _nearness(first, second, gaps, nearest)


def _far_fit(targets, relation, anchors, seconds, frame) -> np.ndarray:
    return np.maximum(MISS, 1.0 - _near_fit(targets, relation, anchors, seconds, frame))


def _along_fit(targets, relation, anchors, seconds, frame) -> np.ndarray:
    return _nearness(*_nearest(targets, anchors))


def _between_fit(targets, relation, anchors, seconds, frame) -> np.ndarray:
    """Between the nearest of the anchors and the nearest of the seconds ("between the bridge and the
    dam"), or the two nearest anchors ("between the two tanks")."""
    first = _nearest(targets, anchors)[3]
    if seconds:
        ends, second = seconds, _nearest(targets, seconds)[3]
    else:
        ends, second = anchors, _nearest(targets, anchors, first[:, None])[3]
    fits = np.full(len(targets), MISS)
    has = np.flatnonzero((first >= 0) & (second >= 0))
    points = _centres(targets)[has]
    starts, segments = (
        _centres(anchors)[first[has]],
        _centres(ends)[second[has]] - _centres(anchors)[first[has]],
    )
    lengths = np.sqrt((segments**2).sum(axis=1))
    relative = points - starts
    with np.errstate(divide="ignore", invalid="ignore"):
        along = (relative * segments).sum(axis=1) / lengths**2
        across = np.abs(segments[:, 0] * relative[:, 1] - segments[:, 1] * relative[:, 0]) / lengths
        fit = _ramps(1.0 - across / (0.5 * lengths), 0.0, 0.5)
    fits[has] = np.where((lengths < 1e-9) | ~((along >= 0.0) & (along <= 1.0)), MISS, fit)
    return fits


def _over_anchors(targets, anchors, samples: Callable) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(the targets that may be over an anchor; whether each of their ``samples`` points lies inside an
    anchor other than the target itself, shaped (those targets, points each); which points count)."""
    first, second = Outlines([c.outline for c in targets]), Outlines([a.outline for a in anchors])
    rows, found = box_pairs(
        first.boxes, second.boxes
    )  # an anchor whose box misses a target's holds none of it
    keep = _own(targets, anchors)[rows, 0] != found
    rows, found = rows[keep], found[keep]
    touched = np.unique(rows)
    if not len(touched):
        return touched, np.zeros((0, 1), bool), np.ones((0, 1), bool)
    some = [targets[k] for k in touched]
    points, counted = samples(Outlines([c.outline for c in some]), _centres(some))
    owner = np.repeat(np.arange(len(some)), points.shape[1])
    inside = inside_any(second, points.reshape(-1, 2), owner, (np.searchsorted(touched, rows), found))
    return touched, inside.reshape(counted.shape) & counted, counted


def _inside_fit(targets, relation, anchors, seconds, frame) -> np.ndarray:
    """On or in the anchors: the share of the target's area over them ("cars on the road": on the
    road's outline, not in its box), measured on points over the target's area."""
    touched, inside, counted = _over_anchors(targets, anchors, area_samples)
    fits = np.full(len(targets), MISS)
    fits[touched] = _ramps(inside.sum(axis=1) / counted.sum(axis=1), 0.3, 0.7)
    return fits


def _gaps_to_middles(targets, anchors) -> np.ndarray:
    """Each target's distance from its centre to the centre of its nearest anchor (the roundabout it is
    at, for "the car closest to the center of the roundabout"); inf where it has none."""
    _first, _outlines, _gaps, nearest = _nearest(targets, anchors)
    gaps = np.full(len(targets), np.inf)
    has = np.flatnonzero(nearest >= 0)
    gaps[has] = np.linalg.norm(_centres(targets)[has] - _centres(anchors)[nearest[has]], axis=1)
    return gaps


def _near_middle_fit(targets, relation, anchors, seconds, frame) -> np.ndarray:
    """Near the middle of the nearest anchor: half at a distance from its centre as wide as the anchor is
    broad (`Outlines.breadths`). Read with "closest to the center of ...", which measures from it instead."""
    _first, outlines, _gaps, nearest = _nearest(targets, anchors)
    fits = np.full(len(targets), MISS)
    has = np.flatnonzero(nearest >= 0)
    gaps = _gaps_to_middles(targets, anchors)[has]
    fits[has] = np.maximum(MISS, 0.5 ** (gaps / np.maximum(outlines.breadths()[nearest[has]], 1e-9)))
    return fits


def _middle_fit(targets, relation, anchors, seconds, frame) -> np.ndarray:
    """In the middle of the nearest anchor ("in the middle of the road", "of the square"): its centre
    inside it and as deep in it as half the anchor's deepest point at least (a road's middle is its middle
    lanes, wherever along it; a square's its centre), the depths measured to the anchor's outline."""
    _first, outlines, gaps, nearest = _nearest(targets, anchors)
    fits = np.full(len(targets), MISS)
    has = np.flatnonzero((nearest >= 0) & (gaps == 0))
    if not len(has):
        return fits
    centres = _centres(targets)[has]
    depths, _points = distance_to(outlines, nearest[has], centres)
    depths = np.where(contains(outlines, nearest[has], centres), depths, 0.0)
    used = np.unique(nearest[has])
    used_outlines = Outlines([anchors[k].outline for k in used])
    samples, inside = area_samples(used_outlines, _centres([anchors[k] for k in used]))
    owner = np.repeat(np.arange(len(used)), samples.shape[1])
    sample_depths, _ = distance_to(used_outlines, owner, samples.reshape(-1, 2))
    deepest = np.where(inside, sample_depths.reshape(inside.shape), 0.0).max(axis=1)
    depth_of_anchor = deepest[np.searchsorted(used, nearest[has])]
    with np.errstate(divide="ignore", invalid="ignore"):
        fits[has] = _ramps(np.where(depth_of_anchor > 0, depths / depth_of_anchor, 0.0), 0.35, 0.55)
    return fits


CROSSING_SAMPLES = 16  # points along a target's long axis


def _crossing_fit(targets, relation, anchors, seconds, frame) -> np.ndarray:
    """A bridge across a river: along its long axis it is over the anchors, and out of them at both ends."""
    touched, inside, _counted = _over_anchors(
        targets, anchors, functools.partial(axis_samples, count=CROSSING_SAMPLES)
    )
    fits = np.full(len(targets), MISS)
    fits[touched] = np.where(inside.any(axis=1) & ~inside[:, 0] & ~inside[:, -1], 1.0, MISS)
    return fits


def _size_against_nearest(kind: str) -> Callable:
    def fit(targets, relation, anchors, seconds, frame) -> np.ndarray:
        nearest = _nearest(targets, anchors)[3]
        has = np.flatnonzero(nearest >= 0)
        areas = np.array([a.area for a in anchors])[nearest[has]]
        ratio = np.array([c.area for c in targets])[has] / np.maximum(areas, 1e-9)
        if kind == "smaller":
            meets = ratio < 1.0
        elif kind == "larger":
            meets = ratio > 1.0
        else:
            meets = (ratio > 2 / 3) & (ratio < 1.5)  # similar: within half again
        fits = np.full(len(targets), MISS)
        fits[has] = np.where(meets, 1.0, MISS)
        return fits

    return fit


@dataclass(frozen=True)
class RelationKind:
    """A relation: the phrases that say it, each followed by its anchor, and its fit, (targets, relation,
    anchors, seconds, frame) -> each target's fit in [MISS, 1] for all targets at once. ``places``:
    the place words that name a direction, read in "to the left of", "on the upper right side of"."""

    phrases: tuple[str, ...]
    fit: Callable
    places: tuple[tuple[str, ...], ...] = ()

    def __post_init__(self) -> None:
        if not callable(self.fit):  # a kind no fit judges would fall through to another's
            raise TypeError("a relation kind needs its fit function")


# The one registry of relations, with the phrases that say each (longest matched first). The directions
# of the image frame ("left_of", "above") follow the view as shown; the compass ones the map's north.
RELATION_KINDS = {
    "left_of": RelationKind((), _direction_fit((-1.0, 0.0)), (("left",),)),
    "right_of": RelationKind((), _direction_fit((1.0, 0.0)), (("right",),)),
    "above": RelationKind(("above",), _direction_fit((0.0, -1.0)), (("top",), ("upper",))),
    "below": RelationKind(("below",), _direction_fit((0.0, 1.0)), (("bottom",), ("lower",))),
    "upper_left_of": RelationKind((), _direction_fit((-1.0, -1.0)), (("top", "left"), ("upper", "left"))),
    "upper_right_of": RelationKind((), _direction_fit((1.0, -1.0)), (("top", "right"), ("upper", "right"))),
    "lower_left_of": RelationKind((), _direction_fit((-1.0, 1.0)), (("bottom", "left"), ("lower", "left"))),
    "lower_right_of": RelationKind((), _direction_fit((1.0, 1.0)), (("bottom", "right"), ("lower", "right"))),
    "north_of": RelationKind((), _direction_fit(("north",)), (("north",),)),
    "south_of": RelationKind((), _direction_fit(("south",)), (("south",),)),
    "east_of": RelationKind((), _direction_fit(("east",)), (("east",),)),
    "west_of": RelationKind((), _direction_fit(("west",)), (("west",),)),
    "northeast_of": RelationKind((), _direction_fit(("north", "east")), (("northeast",), ("north", "east"))),
    "northwest_of": RelationKind((), _direction_fit(("north", "west")), (("northwest",), ("north", "west"))),
    "southeast_of": RelationKind((), _direction_fit(("south", "east")), (("southeast",), ("south", "east"))),
    "southwest_of": RelationKind((), _direction_fit(("south", "west")), (("southwest",), ("south", "west"))),
    "near": RelationKind(
        (
            "near",
            "near to",
            "near by",
            "beside of",
            "in the vicinity of",  # "in close proximity to": near (they were "inside vicinity")
            "in the midst of",
            "amid",
            "amidst",
            "in close proximity to",
            "in proximity to",
            "in the proximity of",
            "within close proximity of",
            "holding back",  # a dam and its reservoir
            "holds back",
            "separated by",  # "the two courts separated by a road": by it, on which side each is not judged
            "perpendicular to",  # by it, lying across it: how it lies is said, not judged
            "at right angles to",
            "at a right angle to",
            "on the outskirts of",
            "at the outskirts of",
            "close to",
            "next to",
            "beside",
            "besides",
            "by",
            "adjacent to",
            "around",
            "closest to",
            "nearest to",
            "closer to",  # "of the two, the one closer to the road": the closest
            "nearer to",
            "closest",
            "nearest",
            "in front of",
            "among",
            "neighbouring",
            "neighboring",
            "surrounding",
            "encircling",
            "enclosing",
            "connecting",  # "the roundabout connecting three roads": they meet it
            "connects",
            "linking",
            "links",
            "joining",
            "joins",
            "at",  # "parked at the pier": where, loosely; near holds for inside too
            "leading to",
            "connected to",
            "attached to",
            "joined to",
            "linked to",
            "opposite",
            "opposite to",
            "across from",  # "across the road from the school": facing it, the road between
            "across the road from",
            "across the street from",
            "on the far side of",  # beyond it, by it: which side is not said of the view
            "on the other side of",
            "past",  # "walking past the shop"
            "across the highway from",
            "on the other side of the road from",
            "on the other side of",
            "on the opposite side of",
            "bordering",
            "overlooking",
            "adjoining",
            "abutting",
            "touching",
            "in contact with",
            "to the side of",
            "close by",
            "nearby",
            "just off",
            "off",  # "anchored off the coast", "just off the road"
            "amongst",
            "moored to",
            "tied to",
            "in the same row as",
            "in the same line as",
            "in the same lane as",
            "in the same column as",
            "level with",
            "at the entrance to",
            "on the other side of the street from",
            "on the opposite side of the road from",
            "behind",
            "against",
            "bordered by",
            "sheltered by",  # "the harbor sheltered by a breakwater": it lies behind it
            "protected by",
            "shielded by",
            "before",  # "stopped before the crosswalk": in front of it
            "about to enter",  # not yet in it
            "about to leave",
            "about to cross",
            "to cross",  # "waiting to cross the road": at its edge
            "to enter",  # "waiting to enter the garage": at its gate
            "about to exit",
            "at the side of",  # "waiting at the side of the road": at its edge
            "on the shoulder of",  # "parked on the shoulder of the road": at its edge
            "on the hard shoulder of",
            "on the edge of",
            "at the edge of",
            "at the corner of",
            "on the corner of",
            "flanked by",
            "flanked on both sides by",
            "next to the edge of",
            "close to the edge of",
            "near the edge of",
            "along the edge of",
            "adjacent to the edge of",
            "by the edge of",
            "at the end of",  # "docked at the end of the jetty": at its tip ("of the row" is its end)
            "at the far end of",
            "at the other end of",
            "at the near end of",
            "at the tip of",
            "ahead of",
        ),
        _near_fit,
    ),
    "far_from": RelationKind(
        (
            "far from",
            "far off",  # "far off the coast" ("off the coast" is near it)
            "way off",
            "away from",
            "farthest from",
            "furthest from",
            "farther from",
            "further from",
            "distant from",
            "far away from",
            "at a distance from",
            "isolated from",
            "separated from",
            "separate from",
            "set apart from",
            "slightly apart from",  # "apart from" alone takes away ("all aircraft apart from the one ...")
            "somewhat apart from",
            "well apart from",
            "most distant from",
            "most remote from",
        ),
        _far_fit,
    ),
    "between": RelationKind(("between",), _between_fit),
    # "with a pool", "has a baseball field": read by the parser's "with" (after a part's colour is ruled out)
    "with": RelationKind((), _with_fit),
    # A side or corner of an area it stands in: the parser's reading of "on the left side of the street"
    # for a car, "in the bottom right corner of the parking lot" (the place words of the directions above)
    "left_part_of": RelationKind((), _part_fit((-1.0, 0.0))),
    "right_part_of": RelationKind((), _part_fit((1.0, 0.0))),
    "top_part_of": RelationKind((), _part_fit((0.0, -1.0))),
    "bottom_part_of": RelationKind((), _part_fit((0.0, 1.0))),
    "upper_left_part_of": RelationKind((), _part_fit((-1.0, -1.0))),
    "upper_right_part_of": RelationKind((), _part_fit((1.0, -1.0))),
    "lower_left_part_of": RelationKind((), _part_fit((-1.0, 1.0))),
    "lower_right_part_of": RelationKind((), _part_fit((1.0, 1.0))),
    # "in the middle of the road", "at the center of the square": the place word "center" before "of"
    "middle_of": RelationKind(("in the heart of",), _middle_fit, (("center",),)),
    # "closest to the center of the roundabout": the parser's reading, measured from the anchor's middle
    "near_middle_of": RelationKind((), _near_middle_fit),
    "inside": RelationKind(
        (
            "in",
            "inside",
            "within",
            "on",
            "surrounded by",
            "surrounded on all sides by",
            "circling",  # "the cars circling the roundabout" are on it
            "blocking",  # "the truck blocking the side street" stands in it
            "enclosed by",
            "encircled by",
            "encompassed by",
            "ringed by",
            "through",
            "inside of",
            "onto",
            "into",
            "on top of",  # seen from above, what is on top of a roof is on it
            "atop",
            "under",  # from above, what is under a tree or a bridge is covered by it
            "beneath",
            "underneath",
        ),
        _inside_fit,
    ),
    "along": RelationKind(
        (
            "along",
            "alongside",
            "parallel to",
            "on both sides of",
            "along both sides of",
            "lining",
            "on the side of",  # "parked on the side of the road": along its edge
            "by the side of",
            "along the side of",
        ),
        _along_fit,
    ),
    "crossing": RelationKind(
        (
            "across",
            "over",
            "crossing",
            "spanning",
            "spans",
            "crosses",
            "stretching across",
            "spanning across",
            "crossing over",
            "passing over",
            "going over",
            "straddling",
            "straddles",
        ),
        _crossing_fit,
    ),
    "smaller_than": RelationKind(
        (
            *(
                f"{word} {aspect}{than}"
                for word in ("smaller", "shorter", "narrower")
                for aspect in SIZE_SAID
                for than in COMPARED_TO
            ),
            "half the size of",
            "half as large as",
            "half as big as",
        ),
        _size_against_nearest("smaller"),
    ),
    "larger_than": RelationKind(
        (
            *(
                f"{word} {aspect}{than}"
                for word in ("larger", "bigger", "longer", "wider")
                for aspect in SIZE_SAID
                for than in COMPARED_TO
            ),
            "twice the size of",
            "twice as large as",
            "twice as big as",
        ),
        _size_against_nearest("larger"),
    ),
    "similar_size_to": RelationKind(
        (
            "similar in size to",
            "the same size as",
            "as large as",
            "as big as",
            "similar size to",
            "same size as",
            "comparable in size to",
            "comparable in size with",
            "similar in size with",
            "of similar size to",
            "of a similar size to",
            "of the same size as",
            *(
                f"{having} {size}"
                for having in ("has", "have", "having", "with")
                for size in ("the same size as", "a similar size to", "a size similar to")
            ),
        ),
        _size_against_nearest("similar"),
    ),
}


def _relation_fits(targets, relation, anchors, seconds, frame) -> np.ndarray:
    """Each target's fit to the relation, for all targets at once (tests/referring_pairwise.py has the
    same judged pair by pair)."""
    kind = RELATION_KINDS.get(relation.kind)
    if kind is None:  # past the program's check: a bug, not a size comparison
        raise ValueError(f"no fit for the relation {relation.kind!r}")
    return kind.fit(targets, relation, anchors, seconds, frame)


def _ramps(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """`_ramp` of each value."""
    rising = MISS + (1 - MISS) * (values - low) / (high - low)
    return np.where(values <= low, MISS, np.where(values >= high, 1.0, rising))


def _row_ends(group: list[Candidate], rank: int, count: int) -> list[Candidate]:
    """``count`` from each end of ``group``'s row from the ``rank``-th on, along the line its centres lie
    on (their principal axis): "the last car in the row" does not say which end."""
    centres = np.array([c.centre for c in group], dtype=float).reshape(-1, 2)
    spread = centres - centres.mean(axis=0)
    along = spread @ np.linalg.eigh(spread.T @ spread)[1][:, -1]
    order = [group[i] for i in np.argsort(along, kind="stable")]
    ends = order[rank - 1 : rank - 1 + count] + order[::-1][rank - 1 : rank - 1 + count]
    return list({id(c): c for c in ends}.values())


def _ordering_key(ordering: str, frame: Frame, anchor_distances: dict[str, float], group: list[Candidate]):
    """Sort key putting the first of ``ordering`` first among ``group`` (those ordered); None when it needs
    an anchor that is missing."""
    if ordering in ("closest", "farthest"):
        if not anchor_distances:
            return None
        sign = 1 if ordering == "closest" else -1
        return lambda c: sign * anchor_distances[c.id]
    if ordering in ("largest", "smallest"):
        sign = -1 if ordering == "largest" else 1
        return lambda c: sign * c.area
    if ordering == "central":
        middle = np.array([frame.width / 2, frame.height / 2])
        return lambda c: float(np.linalg.norm(c.centre - middle))
    if ordering == "middle":  # of a row of three, the one between: nearest the middle of them all
        middle = np.mean([c.centre for c in group], axis=0)
        return lambda c: float(np.linalg.norm(c.centre - middle))
    if ordering == "outermost":  # the least distance to one of the view's edges
        return lambda c: float(
            min(c.centre[0], frame.width - c.centre[0], c.centre[1], frame.height - c.centre[1])
        )
    # Toward the place first: the leftmost has the least x; the top-leftmost the least x + y.
    frame_toward = {"left": (-1, 0), "right": (1, 0), "top": (0, -1), "bottom": (0, 1)}
    parts = ordering.removesuffix("most").split("_")
    if all(part in frame_toward for part in parts):
        toward = np.sum([frame_toward[part] for part in parts], axis=0)
        return lambda c: -float(c.centre @ toward)
    place = ordering.removesuffix("ernmost")  # northernmost -> north
    direction = _compass_vector(place, frame)
    return lambda c: -float(c.centre @ direction)
