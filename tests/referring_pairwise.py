"""The relations of rrsis_qgis.referring.select judged pair by pair, one Python call per target and anchor:
the definition the vectorized `select._relation_fits` must agree with (tests/test_referring_scale.py), and
the baseline of bench/referring_selection.py. Each target is judged on the true outlines: against its
nearest anchor (the least gap between the outlines; never itself), or the union of the anchors for
"inside" and "crossing"."""

from __future__ import annotations

import math

import numpy as np

from rrsis_qgis.referring.geometry import perimeter, signed_area
from rrsis_qgis.referring.program import Relation
from rrsis_qgis.referring.select import MISS, Candidate, Frame

FRAME_DIRECTIONS = {
    "left_of": (-1.0, 0.0), "right_of": (1.0, 0.0), "above": (0.0, -1.0), "below": (0.0, 1.0),
    "upper_left_of": (-1.0, -1.0), "upper_right_of": (1.0, -1.0),
    "lower_left_of": (-1.0, 1.0), "lower_right_of": (1.0, 1.0),
}  # fmt: skip
COMPASS_DIRECTIONS = {
    "north_of": ("north",), "south_of": ("south",), "east_of": ("east",), "west_of": ("west",),
    "northeast_of": ("north", "east"), "northwest_of": ("north", "west"),
    "southeast_of": ("south", "east"), "southwest_of": ("south", "west"),
}  # fmt: skip
PART_DIRECTIONS = {
    "left_part_of": (-1.0, 0.0), "right_part_of": (1.0, 0.0), "top_part_of": (0.0, -1.0),
    "bottom_part_of": (0.0, 1.0), "upper_left_part_of": (-1.0, -1.0), "upper_right_part_of": (1.0, -1.0),
    "lower_left_part_of": (-1.0, 1.0), "lower_right_part_of": (1.0, 1.0),
}  # fmt: skip
GRID, AXIS_POINTS = 8, 16  # points over a target's area, along its long axis


def relation_fit(
    candidate: Candidate, relation: Relation, anchors: list[Candidate], seconds: list[Candidate], frame: Frame
) -> float:
    kind = relation.kind
    others = [anchor for anchor in anchors if anchor is not candidate]
    if kind in ("inside", "crossing"):
        over = [a.outline for a in others if box_gap(candidate, a) == 0]  # only these can hold a point of it
        if kind == "inside":
            samples = area_samples(candidate)
            return ramp(
                sum(any(_holds(o, point) for o in over) for point in samples) / len(samples), 0.3, 0.7
            )
        axis = [any(_holds(o, point) for o in over) for point in axis_samples(candidate)]
        return 1.0 if any(axis) and not axis[0] and not axis[-1] else MISS
    anchor = nearest(candidate, others)
    if anchor is None:
        return MISS
    if kind in FRAME_DIRECTIONS or kind in COMPASS_DIRECTIONS:
        if kind in FRAME_DIRECTIONS:
            direction = np.asarray(FRAME_DIRECTIONS[kind])
        else:
            north, east = np.asarray(frame.north), np.asarray(frame.east)
            vectors = {"north": north, "south": -north, "east": east, "west": -east}
            direction = sum(vectors[place] for place in COMPASS_DIRECTIONS[kind])
        centre = candidate.centre
        if inside(centre, anchor.outline):
            return MISS
        offset = centre - nearest_point(anchor.outline, centre)
        length = float(np.linalg.norm(offset))
        if length < 1e-9:
            return MISS
        return ramp(float(offset @ (direction / np.linalg.norm(direction))) / length, 0.5, 0.85)
    if kind == "with":
        return max(
            MISS, 0.5 ** (4 * gap(candidate, anchor) / max(_breadth(candidate) + _breadth(anchor), 1e-9))
        )
    if kind == "near_middle_of":  # half at a distance from its middle as wide as it is broad
        middle = float(np.linalg.norm(candidate.centre - anchor.centre))
        return max(MISS, 0.5 ** (middle / max(_breadth(anchor), 1e-9)))
    if kind in ("near", "far_from", "along"):
        if kind != "along" and relation.distance_m is not None and frame.pixel_size_m is not None:
            near = 1.0 if gap(candidate, anchor) * frame.pixel_size_m <= relation.distance_m else MISS
        else:
            near = nearness(candidate, anchor)
        return max(MISS, 1.0 - near) if kind == "far_from" else near
    if kind == "between":
        if seconds:
            end = nearest(candidate, [s for s in seconds if s is not candidate])
        else:
            end = nearest(candidate, [a for a in others if a is not anchor])
        return MISS if end is None else between_fit(candidate.centre, anchor.centre, end.centre)
    if kind in ("smaller_than", "larger_than", "similar_size_to"):
        ratio = candidate.area / max(anchor.area, 1e-9)
        meets = {"smaller_than": ratio < 1.0, "larger_than": ratio > 1.0}.get(kind, 2 / 3 < ratio < 1.5)
        return 1.0 if meets else MISS
    if kind in PART_DIRECTIONS:
        centre = candidate.centre
        if gap(candidate, anchor) > 0 or not inside(centre, anchor.outline):
            return MISS
        offset = nearest_point(anchor.outline, centre) - centre
        length = float(np.linalg.norm(offset))
        if length < 1e-9:
            return MISS
        direction = np.asarray(PART_DIRECTIONS[kind]) / np.linalg.norm(PART_DIRECTIONS[kind])
        return ramp(float(offset @ direction) / length, 0.5, 0.85)
    if kind == "middle_of":
        if gap(candidate, anchor) > 0 or not inside(candidate.centre, anchor.outline):
            return MISS
        depth = float(np.linalg.norm(candidate.centre - nearest_point(anchor.outline, candidate.centre)))
        deepest = max(
            float(np.linalg.norm(p - nearest_point(anchor.outline, p))) for p in area_samples(anchor)
        )
        return ramp(depth / deepest, 0.35, 0.55) if deepest > 0 else MISS
    raise ValueError(f"no fit for the relation {kind!r}")


def ramp(value: float, low: float, high: float) -> float:
    if value <= low:
        return MISS
    if value >= high:
        return 1.0
    return MISS + (1 - MISS) * (value - low) / (high - low)


def inside(point, outline: np.ndarray) -> bool:
    """The even-odd rule."""
    x, y = point
    crossings = 0
    for (ax, ay), (bx, by) in zip(outline, np.roll(outline, -1, axis=0), strict=True):
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            crossings += 1
    return crossings % 2 == 1


def nearest_point(outline: np.ndarray, point: np.ndarray) -> np.ndarray:
    starts, ends = outline, np.roll(outline, -1, axis=0)
    edges = ends - starts
    lengths = np.maximum((edges**2).sum(axis=1), 1e-12)
    along = np.clip(((point - starts) * edges).sum(axis=1) / lengths, 0.0, 1.0)
    points = starts + along[:, None] * edges
    return points[np.argmin(((points - point) ** 2).sum(axis=1))]


def _crosses(a, b, c, d) -> bool:
    def turn(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    return turn(a, b, c) * turn(a, b, d) < 0 and turn(c, d, a) * turn(c, d, b) < 0


def gap(first: Candidate, second: Candidate) -> float:
    """The least distance between the two outlines (0 when they meet)."""
    one, two = first.outline, second.outline
    if any(inside(p, two) for p in one) or any(inside(p, one) for p in two):
        return 0.0
    least = min(
        *(float(np.linalg.norm(nearest_point(two, p) - p)) for p in one),
        *(float(np.linalg.norm(nearest_point(one, p) - p)) for p in two),
    )
    edges = [
        (a, b, c, d)
        for a, b in zip(one, np.roll(one, -1, axis=0))
        for c, d in zip(two, np.roll(two, -1, axis=0))
    ]
    return 0.0 if least > 0 and any(_crosses(*edge) for edge in edges) else least


def nearest(candidate: Candidate, anchors: list[Candidate]) -> Candidate | None:
    """The anchor nearest to the candidate's outline, the first of the nearest (the anchors looked at in
    the order of their boxes' gaps, which are never more than their outlines')."""
    best, found = math.inf, None
    for index in sorted(range(len(anchors)), key=lambda k: (box_gap(candidate, anchors[k]), k)):
        if box_gap(candidate, anchors[index]) > best:
            break
        distance = gap(candidate, anchors[index])
        if distance < best or (distance == best and found is not None and index < found):
            best, found = distance, index
    return None if found is None else anchors[found]


def box_gap(first: Candidate, second: Candidate) -> float:
    """Distance between the outlines' boxes (0 when they touch or overlap)."""
    (ax0, ay0), (ax1, ay1) = first.outline.min(axis=0), first.outline.max(axis=0)
    (bx0, by0), (bx1, by1) = second.outline.min(axis=0), second.outline.max(axis=0)
    return math.hypot(max(bx0 - ax1, ax0 - bx1, 0.0), max(by0 - ay1, ay0 - by1, 0.0))


def _holds(outline: np.ndarray, point) -> bool:
    low, high = outline.min(axis=0), outline.max(axis=0)
    return bool(np.all(low <= point) and np.all(point <= high)) and inside(point, outline)


def _breadth(candidate: Candidate) -> float:
    """4 x area / perimeter (0 for a degenerate outline)."""
    length = perimeter(candidate.outline)
    return 4 * abs(signed_area(candidate.outline)) / length if length > 0 else 0.0


def nearness(candidate: Candidate, anchor: Candidate) -> float:
    return max(MISS, 0.5 ** (gap(candidate, anchor) / max(_breadth(candidate) + _breadth(anchor), 1e-9)))


def between_fit(point: np.ndarray, first: np.ndarray, second: np.ndarray) -> float:
    segment = second - first
    length = float(np.linalg.norm(segment))
    if length < 1e-9:
        return MISS
    along = float((point - first) @ segment) / length**2
    across = abs(segment[0] * (point - first)[1] - segment[1] * (point - first)[0]) / length
    if not 0.0 <= along <= 1.0:
        return MISS
    return ramp(1.0 - across / (0.5 * length), 0.0, 0.5)


def area_samples(candidate: Candidate) -> list:
    """The centres of a GRID x GRID cells over the outline's box that lie in it; its centre if none does."""
    outline = candidate.outline
    low, high = outline.min(axis=0), outline.max(axis=0)
    cells = [
        low + (np.array([column, row]) + 0.5) / GRID * (high - low)
        for row in range(GRID)
        for column in range(GRID)
    ]
    return [point for point in cells if inside(point, outline)] or [candidate.centre]


def axis_samples(candidate: Candidate) -> list:
    """AXIS_POINTS along the principal axis of the outline's points, through its centre, end to end."""
    relative = candidate.outline - candidate.centre
    xx, xy, yy = (
        (relative[:, 0] ** 2).sum(),
        (relative[:, 0] * relative[:, 1]).sum(),
        (relative[:, 1] ** 2).sum(),
    )
    angle = 0.5 * math.atan2(2 * xy, xx - yy)
    direction = np.array([math.cos(angle), math.sin(angle)])
    along = relative @ direction
    low, high = along.min(), along.max()
    return [
        candidate.centre + (low + (k + 0.5) / AXIS_POINTS * (high - low)) * direction
        for k in range(AXIS_POINTS)
    ]
