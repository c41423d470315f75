"""Run a `Program` over a detector's candidates: keep the target's candidates that fit its attributes,
position and relations to the anchors' candidates, order them for a superlative or an ordinal, and
keep as many as it asks for. Candidates are in the view's pixels (x right, y down); the compass comes
from the view's georeferencing (`Frame`), so "north" is the map's north on a rotated raster too.

Each test gives a fit in [0, 1]; a candidate's match is its detector score times its fits. "All" and
plurals keep every candidate whose fits are each at least `KEEP`; a count keeps the best that many."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from .program import Program, Relation
from .relations import box_gaps, box_pairs, boxes, nearest_boxes, nearest_outline_points

# Notes about what the selection was given, not about what it found: the same for every tile of a
# raster, so a tiled run keeps them (model_process/answer.py) while it drops a tile's own findings.
NO_PIXELS = QT_TRANSLATE_NOOP("messages", "colours were not checked: no image pixels were given")
# A tile's own finding, not one about the input: a candidate whose box lies off this image.
NO_PIXELS_UNDER = QT_TRANSLATE_NOOP(
    "messages", "colours were not checked for {count} of the '{what}': no pixel of the image lies under them"
)
NO_OUTLINES = QT_TRANSLATE_NOOP(
    "messages", "shapes were not checked: no outline was given for {count} of the '{what}'"
)
NOT_METRIC = QT_TRANSLATE_NOOP(
    "messages", "the view has no metric georeferencing: a distance in metres was read as near"
)
ABOUT_THE_INPUT = (NO_PIXELS, NO_OUTLINES, NOT_METRIC)

KEEP = 0.5  # the fit an attribute, position or relation needs when every fitting candidate is kept
MISS = 0.1  # the fit of a candidate that does not have the attribute: ranked last, not removed
MAX_COLOUR_PIXELS = 1_000_000  # pixels a colour is measured on; a larger outline's are sampled


@dataclass(frozen=True)
class Candidate:
    id: str
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in view pixels
    score: float  # the detector's confidence
    polygon: tuple[tuple[float, float], ...] = ()  # its mask's outline; the box when empty

    @property
    def outline(self) -> np.ndarray:
        if len(self.polygon) >= 3:
            return np.asarray(self.polygon, dtype=float)
        x0, y0, x1, y1 = self.box
        return np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], dtype=float)

    @property
    def centre(self) -> np.ndarray:
        return _centroid(self.outline)

    @property
    def area(self) -> float:
        return abs(_signed_area(self.outline))


@dataclass(frozen=True)
class Frame:
    """The view: its size in pixels, the map's north and east as unit vectors in pixels, and a pixel's
    side in metres (None when the view is not georeferenced in a CRS with a known unit)."""

    width: int
    height: int
    north: tuple[float, float] = (0.0, -1.0)
    east: tuple[float, float] = (1.0, 0.0)
    pixel_size_m: float | None = None

    @classmethod
    def from_transform(cls, width, height, transform, metres_per_unit: float | None) -> Frame:
        """From an affine transform in rasterio's order (a, b, c, d, e, f): pixel (col, row) to map
        x = a col + b row + c, y = d col + e row + f; ``metres_per_unit`` of the CRS's map units."""
        a, b, _c, d, e, _f = transform[:6]
        inverse = np.linalg.inv(np.array([[a, b], [d, e]], dtype=float))
        north, east = inverse @ (0.0, 1.0), inverse @ (1.0, 0.0)
        north, east = north / np.linalg.norm(north), east / np.linalg.norm(east)
        size = None if metres_per_unit is None else math.sqrt(abs(a * e - b * d)) * metres_per_unit
        return cls(width, height, tuple(north), tuple(east), size)


@dataclass
class Selection:
    selected: list[str]  # candidate ids, best first
    matches: dict[str, float]  # id -> how well it matched (detector score times its fits)
    notes: list[str] = field(default_factory=list)  # what could not be applied, and why


def select(
    program: Program,
    candidates: dict[str, Sequence[Candidate]],
    frame: Frame,
    image: np.ndarray | None = None,
) -> Selection:
    """The target's candidates that the program refers to (see the module's docstring). ``image``
    (height x width x 3, uint8; or anything sliced like it, ``image[y0:y1:step, x0:x1:step]``) is needed
    for colours only."""
    targets = list(candidates.get(program.target, ()))
    notes: list[str] = []
    if not targets:
        return Selection(
            [], {}, [Message(QT_TRANSLATE_NOOP("messages", "no '{what}' was found"), what=program.target)]
        )
    if not program.understood:  # as before: the detector's most confident answer
        best = max(targets, key=lambda candidate: candidate.score)
        return Selection([best.id], {best.id: best.score}, notes)
    fits: dict[str, list[float]] = {candidate.id: [] for candidate in targets}

    def add(values: dict[str, float]) -> None:
        for identifier, value in values.items():
            fits[identifier].append(value)

    if program.colours:
        if image is None:
            notes.append(Message(NO_PIXELS))
        else:
            # One that no pixel measures is left unjudged, and said, as shapes without outlines are.
            measured = {c.id: _colour_fit(image, c, program.colours) for c in targets}
            add({identifier: fit for identifier, fit in measured.items() if fit is not None})
            unmeasured = sum(fit is None for fit in measured.values())
            if unmeasured:
                notes.append(Message(NO_PIXELS_UNDER, count=unmeasured, what=program.target))
    if program.shape:
        # A box alone has no shape to judge (a disc's box is a square): those are left unjudged, and said.
        outlined = [c for c in targets if len(c.polygon) >= 3]
        add({c.id: _shape_fit(c, program.shape) for c in outlined})
        if len(outlined) < len(targets):
            notes.append(Message(NO_OUTLINES, count=len(targets) - len(outlined), what=program.target))
    if program.size:
        add(_size_fits(targets, program.size))
    if program.position:
        add({c.id: _position_fit(c, program.position, frame) for c in targets})
    anchor_distances: dict[str, float] = {}
    for relation in program.relations:
        anchors = list(candidates.get(relation.anchor, ()))
        seconds = list(candidates.get(relation.second_anchor, ())) if relation.second_anchor else []
        missing = [
            name
            for name, found in ((relation.anchor, anchors), (relation.second_anchor, seconds))
            if name and not found
        ]
        if missing:
            unapplied = QT_TRANSLATE_NOOP(
                "messages", "no '{what}' was found, so '{relation}' was not applied"
            )
            notes.append(Message(unapplied, what=missing[0], relation=relation.kind.replace("_", " ")))
            continue
        if relation.distance_m is not None and frame.pixel_size_m is None:
            notes.append(Message(NOT_METRIC))
        add(
            dict(
                zip(
                    (c.id for c in targets),
                    _relation_fits(targets, relation, anchors, seconds, frame).tolist(),
                )
            )
        )
        if relation.kind in ("near", "far_from"):
            gaps, _nearest = nearest_boxes(boxes(targets), boxes(anchors))
            anchor_distances = dict(zip((c.id for c in targets), gaps.tolist()))

    matches = {c.id: c.score * math.prod(fits[c.id]) for c in targets}
    if program.count is None and program.ordering is None:
        kept = [c for c in targets if all(value >= KEEP for value in fits[c.id])]
        kept.sort(key=lambda c: -matches[c.id])
        return Selection([c.id for c in kept], {c.id: matches[c.id] for c in kept}, notes)
    if program.ordering:
        fitting = [c for c in targets if all(value >= KEEP for value in fits[c.id])] or targets
        key = _ordering_key(program.ordering, frame, anchor_distances)
        if key is None:
            unordered = QT_TRANSLATE_NOOP(
                "messages", "'{order}' needs an anchor that was not found; ordered by match"
            )
            notes.append(Message(unordered, order=program.ordering))
            ordered = sorted(fitting, key=lambda c: -matches[c.id])
        else:
            ordered = sorted(fitting, key=key)
        chosen = ordered[program.rank - 1 : program.rank - 1 + (program.count or len(ordered))]
        if not chosen:
            short = QT_TRANSLATE_NOOP("messages", "there are only {count} '{what}' to count {rank} along")
            notes.append(Message(short, count=len(ordered), what=program.target, rank=program.rank))
    else:
        chosen = sorted(targets, key=lambda c: -matches[c.id])[: program.count]
    if program.count and len(chosen) < program.count:
        fewer = QT_TRANSLATE_NOOP("messages", "{asked} were asked for, {found} found")
        notes.append(Message(fewer, asked=program.count, found=len(chosen)))
    return Selection([c.id for c in chosen], {c.id: matches[c.id] for c in chosen}, notes)


# Geometry of outlines (pixel coordinates, any orientation).


def _signed_area(points: np.ndarray) -> float:
    x, y = points[:, 0], points[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def _centroid(points: np.ndarray) -> np.ndarray:
    area = _signed_area(points)
    if abs(area) < 1e-9:
        return points.mean(axis=0)
    x, y = points[:, 0], points[:, 1]
    cross = x * np.roll(y, -1) - np.roll(x, -1) * y
    return np.array([np.sum((x + np.roll(x, -1)) * cross), np.sum((y + np.roll(y, -1)) * cross)]) / (
        6.0 * area
    )


def _perimeter(points: np.ndarray) -> float:
    return float(np.sum(np.linalg.norm(points - np.roll(points, -1, axis=0), axis=1)))


def _cross(first, second) -> float:
    return float(first[0] * second[1] - first[1] * second[0])


def _hull(points: np.ndarray) -> np.ndarray:
    """Convex hull (monotone chain)."""
    ordered = sorted(map(tuple, points))
    if len(ordered) < 3:
        return np.asarray(ordered, dtype=float)

    def half(sequence):
        chain: list = []
        for point in sequence:
            while (
                len(chain) >= 2
                and _cross(np.subtract(chain[-1], chain[-2]), np.subtract(point, chain[-2])) <= 0
            ):
                chain.pop()
            chain.append(point)
        return chain[:-1]

    return np.asarray(half(ordered) + half(reversed(ordered)), dtype=float)


def _oriented_box(points: np.ndarray) -> tuple[float, float]:
    """Sides (long, short) of the smallest rectangle around the outline, at any angle."""
    hull = _hull(points)
    best = (math.inf, 0.0, 0.0)
    for start, end in zip(hull, np.roll(hull, -1, axis=0), strict=True):
        edge = end - start
        length = np.linalg.norm(edge)
        if length < 1e-9:
            continue
        along = edge / length
        across = np.array([-along[1], along[0]])
        u, v = hull @ along, hull @ across
        width, height = u.max() - u.min(), v.max() - v.min()
        if width * height < best[0]:
            best = (width * height, max(width, height), min(width, height))
    return best[1], best[2]


def _shape_fit(candidate: Candidate, shape: str) -> float:
    outline = candidate.outline
    hull = _hull(outline)
    area, hull_area, hull_perimeter = candidate.area, abs(_signed_area(hull)), _perimeter(hull)
    long, short = _oriented_box(outline)
    if area <= 0 or hull_area <= 0 or short <= 0:
        return MISS
    # On the convex hull, whose perimeter a mask's pixel staircase does not inflate (a disc's outline
    # traced along pixel edges is 27 % longer than its circle), times solidity for concave shapes.
    circularity = 4 * math.pi * hull_area / hull_perimeter**2 * (area / hull_area)  # disc 1, square 0.785
    rectangularity = area / (long * short)  # 1 for a rectangle, 0.785 for a disc
    elongation = long / short
    if shape == "round":
        return _ramp(circularity, 0.8, 0.9)
    if shape == "square":
        return _ramp(rectangularity, 0.85, 0.95) * _ramp(2.0 - elongation, 0.6, 0.85)
    if shape == "rectangular":
        return _ramp(rectangularity, 0.85, 0.95)
    return _ramp(elongation, 2.0, 3.0)  # long


def _ramp(value: float, low: float, high: float) -> float:
    """MISS below ``low``, 1 above ``high``, linear between."""
    if value <= low:
        return MISS
    if value >= high:
        return 1.0
    return MISS + (1 - MISS) * (value - low) / (high - low)


def _size_fits(candidates: list[Candidate], size: str) -> dict[str, float]:
    """Relative to the others: the smallest fits "small" best; alone, a candidate fits either."""
    if len(candidates) == 1:
        return {candidates[0].id: 1.0}
    ordered = sorted(candidates, key=lambda c: c.area, reverse=size == "large")
    return {c.id: 1.0 - (1 - MISS) * index / (len(ordered) - 1) for index, c in enumerate(ordered)}


def _position_fit(candidate: Candidate, position: tuple[str, ...], frame: Frame) -> float:
    """How far toward the place named the candidate lies, over the view (1 at that edge)."""
    x, y = candidate.centre
    u, v = x / max(frame.width, 1), y / max(frame.height, 1)  # 0..1 across the view
    fit = 1.0
    for place in position:
        if place == "center":
            value = 1.0 - min(1.0, 2 * math.hypot(u - 0.5, v - 0.5) / math.sqrt(0.5))
        elif place in ("left", "right", "top", "bottom"):
            value = {"left": 1 - u, "right": u, "top": 1 - v, "bottom": v}[place]
        else:
            value = _compass_fraction(candidate.centre, place, frame)
        fit *= _ramp(value, 0.5, 0.7)  # kept (KEEP) beyond about 58 % of the way toward that side
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


FRAME_DIRECTIONS = {"left_of": (-1.0, 0.0), "right_of": (1.0, 0.0), "above": (0.0, -1.0), "below": (0.0, 1.0)}
COMPASS_RELATIONS = {"north_of": "north", "south_of": "south", "east_of": "east", "west_of": "west"}


def _relation_fits(
    targets: list[Candidate],
    relation: Relation,
    anchors: list[Candidate],
    seconds: list[Candidate],
    frame: Frame,
) -> np.ndarray:
    """Each target's fit to the relation, the best over the anchors, for all targets at once (the pairs
    that can matter found by `relations`; tests/referring_pairwise.py has the same judged pair by pair)."""
    kind, count = relation.kind, len(targets)
    target_boxes, anchor_boxes = boxes(targets), boxes(anchors)
    if kind in FRAME_DIRECTIONS or kind in COMPASS_RELATIONS:
        if kind in FRAME_DIRECTIONS:
            direction = np.asarray(FRAME_DIRECTIONS[kind])
        else:
            direction = _compass_vector(COMPASS_RELATIONS[kind], frame)
        # From the anchor's nearest point: "north of the road" is above the road where the tank is,
        # not above the middle of a road that crosses the whole view.
        centres = np.array([c.centre for c in targets])
        fits = np.empty(count)
        for indexes, nearest in nearest_outline_points(centres, [a.outline for a in anchors]):
            offsets = centres[indexes][:, None, :] - nearest
            lengths = np.sqrt((offsets**2).sum(axis=2))
            with np.errstate(divide="ignore", invalid="ignore"):
                cosines = (offsets @ direction) / lengths
            fits[indexes] = np.where(lengths < 1e-9, MISS, _ramps(cosines, 0.5, 0.85)).max(axis=1)
        return fits
    if kind in ("near", "far_from", "along"):
        if kind != "along" and relation.distance_m is not None and frame.pixel_size_m is not None:
            reach = relation.distance_m / frame.pixel_size_m * (1 + 1e-9) + 1e-9  # float slack: never short
            rows, found = box_pairs(target_boxes + reach * GROW, anchor_boxes)
            within = (
                box_gaps(target_boxes[rows], anchor_boxes[found]) * frame.pixel_size_m <= relation.distance_m
            )
            near = np.full(count, MISS)
            near[rows[within]] = 1.0
        else:
            near = _nearness(target_boxes, anchor_boxes)
        return near if kind != "far_from" else np.maximum(MISS, 1.0 - near)
    if kind == "between":
        points = np.array([c.centre for c in targets])
        firsts, ends = np.array([a.centre for a in anchors]), np.array([b.centre for b in seconds])
        fits = np.full(count, MISS)
        for first in firsts:  # every pair of anchors, each first with all the seconds at once
            segments = ends - first
            lengths = np.sqrt((segments**2).sum(axis=1))
            relative = points[:, None, :] - first
            with np.errstate(divide="ignore", invalid="ignore"):
                along = (relative * segments).sum(axis=2) / lengths**2
                across = (
                    np.abs(segments[:, 0] * relative[..., 1] - segments[:, 1] * relative[..., 0]) / lengths
                )
                fit = _ramps(1.0 - across / (0.5 * lengths), 0.0, 0.5)
            fit = np.where((lengths < 1e-9) | ~((along >= 0.0) & (along <= 1.0)), MISS, fit)
            fits = np.maximum(fits, fit.max(axis=1))
        return fits
    if kind == "inside":
        rows, found = box_pairs(target_boxes, anchor_boxes)  # boxes that do not meet share nothing: MISS
        inner, outer = target_boxes[rows], anchor_boxes[found]
        width = np.minimum(inner[:, 2], outer[:, 2]) - np.maximum(inner[:, 0], outer[:, 0])
        height = np.minimum(inner[:, 3], outer[:, 3]) - np.maximum(inner[:, 1], outer[:, 1])
        area = (inner[:, 2] - inner[:, 0]) * (inner[:, 3] - inner[:, 1])
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(area > 0, np.maximum(width, 0.0) * np.maximum(height, 0.0) / area, 0.0)
        fits = np.full(count, MISS)
        np.maximum.at(fits, rows, _ramps(share, 0.3, 0.7))
        return fits
    if kind in ("smaller_than", "larger_than"):  # against the nearest anchor
        _gaps, nearest = nearest_boxes(target_boxes, anchor_boxes)
        anchor_areas = np.array([a.area for a in anchors])[nearest]
        smaller = np.array([c.area for c in targets]) < anchor_areas
        return np.where(smaller == (kind == "smaller_than"), 1.0, MISS)
    # A kind of program.RELATIONS without its test here is a bug, not a size comparison.
    raise ValueError(f"no fit for the relation {kind!r}")


GROW = np.array([-1.0, -1.0, 1.0, 1.0])  # a box plus this times r: the box grown by r on every side
NEAR_REACH = 4.0  # sizes apart: beyond, 0.5 ** gap/size < MISS, so no pair further apart can matter


def _nearness(targets: np.ndarray, anchors: np.ndarray) -> np.ndarray:
    """Each target's best nearness to an anchor: 1 when touching, half at a gap as wide as the larger of
    the two objects, never below MISS."""
    target_sizes = np.maximum(targets[:, 2] - targets[:, 0], targets[:, 3] - targets[:, 1])
    anchor_sizes = np.maximum(anchors[:, 2] - anchors[:, 0], anchors[:, 3] - anchors[:, 1])
    # The pairs within NEAR_REACH of the larger one's size: near the target's, or near the anchor's.
    by_target = box_pairs(targets + NEAR_REACH * target_sizes[:, None] * GROW, anchors)
    by_anchor = box_pairs(anchors + NEAR_REACH * anchor_sizes[:, None] * GROW, targets)
    rows, found = np.concatenate([by_target[0], by_anchor[1]]), np.concatenate([by_target[1], by_anchor[0]])
    sizes = np.maximum(np.maximum(target_sizes[rows], anchor_sizes[found]), 1e-9)
    nearness = np.maximum(MISS, 0.5 ** (box_gaps(targets[rows], anchors[found]) / sizes))
    fits = np.full(len(targets), MISS)
    np.maximum.at(fits, rows, nearness)
    return fits


def _ramps(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """`_ramp` of each value."""
    rising = MISS + (1 - MISS) * (values - low) / (high - low)
    return np.where(values <= low, MISS, np.where(values >= high, 1.0, rising))


def _ordering_key(ordering: str, frame: Frame, anchor_distances: dict[str, float]):
    """Sort key putting the first of ``ordering`` first; None when it needs an anchor that is missing."""
    if ordering in ("closest", "farthest"):
        if not anchor_distances:
            return None
        sign = 1 if ordering == "closest" else -1
        return lambda c: sign * anchor_distances[c.id]
    if ordering in ("largest", "smallest"):
        sign = -1 if ordering == "largest" else 1
        return lambda c: sign * c.area
    frame_axes = {"leftmost": (0, 1), "rightmost": (0, -1), "topmost": (1, 1), "bottommost": (1, -1)}
    if ordering in frame_axes:
        axis, sign = frame_axes[ordering]
        return lambda c: sign * c.centre[axis]
    place = ordering.removesuffix("ernmost")  # northernmost -> north
    direction = _compass_vector(place, frame)
    return lambda c: -float(c.centre @ direction)


# Colours measured on the candidate's pixels.

COLOUR_TESTS = {
    "white": lambda h, s, v: v > 0.7 and s < 0.2,
    "black": lambda h, s, v: v < 0.25,
    "gray": lambda h, s, v: s < 0.2 and 0.25 <= v <= 0.8,
    "bright": lambda h, s, v: v > 0.6,
    "dark": lambda h, s, v: v < 0.4,
    "red": lambda h, s, v: s > 0.3 and v > 0.2 and (h < 15 or h >= 345),
    "orange": lambda h, s, v: s > 0.3 and v > 0.5 and 15 <= h < 40,
    "brown": lambda h, s, v: s > 0.25 and 0.15 < v <= 0.6 and 10 <= h < 50,
    "yellow": lambda h, s, v: s > 0.3 and v > 0.4 and 40 <= h < 70,
    "green": lambda h, s, v: s > 0.2 and v > 0.15 and 70 <= h < 170,
    "blue": lambda h, s, v: s > 0.2 and v > 0.15 and 170 <= h < 260,
}


def _colour_fit(image: np.ndarray, candidate: Candidate, colours: tuple[str, ...]) -> float | None:
    """1 or `MISS`; None when no pixel of the image lies under the candidate."""
    pixels = _pixels_inside(image, candidate.outline)
    if pixels.size == 0:
        return None
    red, green, blue = (pixels.reshape(-1, 3).mean(axis=0) / 255.0).tolist()
    hue, saturation, value = _hsv(red, green, blue)
    return 1.0 if all(COLOUR_TESTS[colour](hue, saturation, value) for colour in colours) else MISS


def _hsv(red: float, green: float, blue: float) -> tuple[float, float, float]:
    high, low = max(red, green, blue), min(red, green, blue)
    value, spread = high, high - low
    saturation = spread / high if high > 0 else 0.0
    if spread == 0:
        return 0.0, saturation, value
    if high == red:
        hue = ((green - blue) / spread) % 6
    elif high == green:
        hue = (blue - red) / spread + 2
    else:
        hue = (red - green) / spread + 4
    return 60.0 * hue, saturation, value


def _pixels_inside(image: np.ndarray, outline: np.ndarray) -> np.ndarray:
    """The image's pixels whose centres lie inside the outline (even-odd rule); of a large outline, those
    of a grid of at most about `MAX_COLOUR_PIXELS`."""
    height, width = image.shape[:2]
    # Clipped before the cast: a box of 1e308 overflows an integer.
    x0, y0 = np.floor(np.maximum(outline.min(axis=0), 0)).astype(int)
    x1, y1 = np.ceil(np.minimum(outline.max(axis=0), (width, height))).astype(int)
    if x1 <= x0 or y1 <= y0:
        return np.empty((0, 3), dtype=image.dtype)
    step = max(1, math.ceil(math.sqrt((x1 - x0) * (y1 - y0) / MAX_COLOUR_PIXELS)))  # a grid of samples
    xs, ys = np.meshgrid(np.arange(x0, x1, step) + 0.5, np.arange(y0, y1, step) + 0.5)
    inside = np.zeros(xs.shape, dtype=bool)
    for (ax, ay), (bx, by) in zip(outline, np.roll(outline, -1, axis=0), strict=True):
        crosses = (ay > ys) != (by > ys)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):  # a box of 1e308
            x_at = ax + (ys - ay) * (bx - ax) / (by - ay)
        inside ^= crosses & (xs < x_at)
    return image[y0:y1:step, x0:x1:step][inside]
