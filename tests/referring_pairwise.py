"""The relations of rrsis_qgis.referring.select judged pair by pair, one Python call per target and anchor:
the definition the vectorized `select._relation_fits` must agree with (tests/test_referring_scale.py), and
the baseline of bench/referring_selection.py. Kept as it was in select.py before the relations were
computed for all candidates at once."""

from __future__ import annotations

import math

import numpy as np

from rrsis_qgis.referring.program import Relation
from rrsis_qgis.referring.select import (
    COMPASS_RELATIONS,
    FRAME_DIRECTIONS,
    MISS,
    Candidate,
    Frame,
    _compass_vector,
    _cross,
    _ramp,
)


def relation_fit(
    candidate: Candidate, relation: Relation, anchors: list[Candidate], seconds: list[Candidate], frame: Frame
) -> float:
    kind = relation.kind
    if kind in FRAME_DIRECTIONS or kind in COMPASS_RELATIONS:
        if kind in FRAME_DIRECTIONS:
            direction = np.asarray(FRAME_DIRECTIONS[kind])
        else:
            direction = _compass_vector(COMPASS_RELATIONS[kind], frame)
        centre = candidate.centre
        return max(
            _direction_fit(centre - _nearest_point(anchor.outline, centre), direction) for anchor in anchors
        )
    if kind in ("near", "far_from"):
        if relation.distance_m is not None and frame.pixel_size_m is not None:
            gap_m = min(gap(candidate, anchor) for anchor in anchors) * frame.pixel_size_m
            near = 1.0 if gap_m <= relation.distance_m else MISS
        else:
            near = max(_nearness(candidate, anchor) for anchor in anchors)
        return near if kind == "near" else max(MISS, 1.0 - near)
    if kind == "between":
        return max(_between_fit(candidate.centre, a.centre, b.centre) for a in anchors for b in seconds)
    if kind == "inside":
        return max(_ramp(_box_overlap(candidate.box, anchor.box), 0.3, 0.7) for anchor in anchors)
    if kind == "along":
        return max(_nearness(candidate, anchor) for anchor in anchors)
    if kind in ("smaller_than", "larger_than"):
        anchor = min(anchors, key=lambda a: gap(candidate, a))
        smaller = candidate.area < anchor.area
        return 1.0 if smaller == (kind == "smaller_than") else MISS
    raise ValueError(f"no fit for the relation {kind!r}")


def _nearest_point(outline: np.ndarray, point: np.ndarray) -> np.ndarray:
    starts, ends = outline, np.roll(outline, -1, axis=0)
    edges = ends - starts
    lengths = np.maximum((edges**2).sum(axis=1), 1e-12)
    along = np.clip(((point - starts) * edges).sum(axis=1) / lengths, 0.0, 1.0)
    nearest = starts + along[:, None] * edges
    return nearest[np.argmin(((nearest - point) ** 2).sum(axis=1))]


def _direction_fit(offset: np.ndarray, direction: np.ndarray) -> float:
    length = float(np.linalg.norm(offset))
    if length < 1e-9:
        return MISS
    cosine = float(offset @ direction) / length
    return _ramp(cosine, 0.5, 0.85)


def gap(first: Candidate, second: Candidate) -> float:
    """Distance between the two boxes in pixels (0 when they touch or overlap)."""
    dx = max(second.box[0] - first.box[2], first.box[0] - second.box[2], 0.0)
    dy = max(second.box[1] - first.box[3], first.box[1] - second.box[3], 0.0)
    return math.hypot(dx, dy)


def _nearness(candidate: Candidate, anchor: Candidate) -> float:
    sizes = [max(c.box[2] - c.box[0], c.box[3] - c.box[1]) for c in (candidate, anchor)]
    return max(MISS, 0.5 ** (gap(candidate, anchor) / max(max(sizes), 1e-9)))


def _between_fit(point: np.ndarray, first: np.ndarray, second: np.ndarray) -> float:
    segment = second - first
    length = float(np.linalg.norm(segment))
    if length < 1e-9:
        return MISS
    along = float((point - first) @ segment) / length**2
    across = abs(_cross(segment, point - first)) / length
    if not 0.0 <= along <= 1.0:
        return MISS
    return _ramp(1.0 - across / (0.5 * length), 0.0, 0.5)


def _box_overlap(inner, outer) -> float:
    width = min(inner[2], outer[2]) - max(inner[0], outer[0])
    height = min(inner[3], outer[3]) - max(inner[1], outer[1])
    area = (inner[2] - inner[0]) * (inner[3] - inner[1])
    return max(width, 0.0) * max(height, 0.0) / area if area > 0 else 0.0
