"""The geometry of one outline (pixel coordinates, any orientation): its area, centroid, perimeter,
convex hull and smallest rotated rectangle, which `select` reads a candidate's size and shape from."""

from __future__ import annotations

import math

import numpy as np


def signed_area(points: np.ndarray) -> float:
    inner, last = _cross_terms(points[:, 0], points[:, 1])
    return 0.5 * (float(np.sum(inner)) + float(last))


def _cross_terms(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """x[k] y[k+1] - x[k+1] y[k] along the outline, and the term that closes it (slices, not np.roll:
    a candidate's centre is read for each of 100,000 at scale)."""
    return x[:-1] * y[1:] - x[1:] * y[:-1], x[-1] * y[0] - x[0] * y[-1]


def centroid(points: np.ndarray) -> np.ndarray:
    x, y = points[:, 0], points[:, 1]
    inner, last = _cross_terms(x, y)
    area = 0.5 * (float(np.sum(inner)) + float(last))  # signed_area's, the terms kept for the sums below
    if abs(area) < 1e-9:
        return points.mean(axis=0)
    along_x = float(np.sum((x[:-1] + x[1:]) * inner)) + (x[-1] + x[0]) * last
    along_y = float(np.sum((y[:-1] + y[1:]) * inner)) + (y[-1] + y[0]) * last
    return np.array([along_x, along_y]) / (6.0 * area)


def perimeter(points: np.ndarray) -> float:
    return float(np.sum(np.linalg.norm(points - np.roll(points, -1, axis=0), axis=1)))


def cross(first, second) -> float:
    return float(first[0] * second[1] - first[1] * second[0])


def hull(points: np.ndarray) -> np.ndarray:
    """Convex hull (monotone chain)."""
    ordered = sorted(map(tuple, points))
    if len(ordered) < 3:
        return np.asarray(ordered, dtype=float)

    def half(sequence):
        chain: list = []
        for point in sequence:
            while (
                len(chain) >= 2
                and cross(np.subtract(chain[-1], chain[-2]), np.subtract(point, chain[-2])) <= 0
            ):
                chain.pop()
            chain.append(point)
        return chain[:-1]

    return np.asarray(half(ordered) + half(reversed(ordered)), dtype=float)


def oriented_box(points: np.ndarray) -> tuple[float, float, float]:
    """Sides (long, short) of the smallest rectangle around the outline, at any angle, and the direction
    of its long side in degrees from the x axis, in [0, 180) (y down: 90 is straight down the view)."""
    convex = hull(points)
    best = (math.inf, 0.0, 0.0, 0.0)
    for start, end in zip(convex, np.roll(convex, -1, axis=0), strict=True):
        edge = end - start
        length = np.linalg.norm(edge)
        if length < 1e-9:
            continue
        along = edge / length
        across = np.array([-along[1], along[0]])
        u, v = convex @ along, convex @ across
        width, height = u.max() - u.min(), v.max() - v.min()
        if width * height < best[0]:
            long_side = along if width >= height else across
            angle = math.degrees(math.atan2(long_side[1], long_side[0])) % 180.0
            best = (width * height, max(width, height), min(width, height), angle)
    return best[1], best[2], best[3]
