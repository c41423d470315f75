"""Outlines that look like the objects: each polygon shaped by what the expression's target is.

A traced mask follows the pixels: a building's edges are staircases, a tank is a jagged disc. Here a
polygon becomes what its class is: right-angled outlines for buildings and other made rectangles
(orthogonalized, so L- and U-shapes stay), circles for tanks and other round objects, smooth outlines for
ponds, fields and trees (their bays kept), and for any other class the outline simplified. The work is
done in metres on a local azimuthal equidistant projection centred on each polygon, so that the
tolerance is ground metres and a right angle is one on the ground, whatever the CRS (a Web Mercator
unit is not a metre; degrees are not even square). shapely and numpy only.
"""

from __future__ import annotations

import functools
import math

import numpy as np

from ..foundation.dependencies import require

RECTANGULAR, ROUND, NATURAL, SIMPLIFY = "rectangular", "round", "natural", "simplify"

# The one table of target class (or its head noun) -> shape family; a class not named is simplified.
FAMILIES: dict[str, str] = {
    **dict.fromkeys(
        (
            "building", "house", "roof", "rooftop", "warehouse", "factory", "shed", "garage", "hangar",
            "greenhouse", "tennis court", "basketball court", "baseball field", "soccer field",
            "swimming pool", "parking lot", "container", "solar panel", "train station",
            "expressway toll station", "expressway service area", "court",
        ),
        RECTANGULAR,
    ),
    **dict.fromkeys(
        ("storage tank", "tank", "silo", "roundabout", "chimney", "windmill", "fountain"), ROUND
    ),
    **dict.fromkeys(
        (
            "lake", "pond", "river", "farmland", "field", "tree", "woods", "forest", "low vegetation",
            "lawn", "golf course", "grass", "vegetation", "water", "reservoir", "wetland", "meadow",
        ),
        NATURAL,
    ),
}  # fmt: skip

# A polygon far from a circle (two tanks that touch, a tank and its shadow) is not made one: it is
# smoothed instead. Below this IoU with its own equal-area circle, the circle would lose the object.
ROUND_ENOUGH = 0.85
SMOOTHING_ROUNDS = 3  # Chaikin's corner cutting: each round doubles the vertices and rounds the corners


@functools.lru_cache(maxsize=256)
def family_of(expression: str) -> str:
    """The shape family of what ``expression`` asks for, from its target class (or the target's last
    word, so that 'red warehouse' is a warehouse); an expression without a target, or with targets of
    different families ('the storage tanks and the buildings'), is simplified."""
    from ..referring.parse import parse_expression

    targets = parse_expression(expression).targets if expression.strip() else [""]
    families = {_family_of_target(target.lower()) for target in targets}
    return families.pop() if len(families) == 1 else SIMPLIFY


def _family_of_target(target: str) -> str:
    head = target.rsplit(" ", 1)[-1]
    return FAMILIES.get(target) or FAMILIES.get(head) or SIMPLIFY


def regularize(geometry, family: str, tolerance: float):
    """``geometry`` (a shapely Polygon or MultiPolygon, in metres) shaped as ``family`` with
    ``tolerance`` metres; the geometry itself when shaping would leave nothing. Parts smaller than the
    tolerance's square (a pixel that touched the object by a corner) are left out."""
    shapely = require("shapely")
    shape = {RECTANGULAR: orthogonalize, ROUND: circle, NATURAL: smooth}.get(family, simplify)
    parts = [part for part in getattr(geometry, "geoms", [geometry]) if part.area >= tolerance**2]
    parts = [shape(part, tolerance) for part in parts]
    shaped = shapely.make_valid(shapely.union_all([part for part in parts if not part.is_empty]))
    shaped = _polygonal(shaped)
    return geometry if shaped is None else shaped


def simplify(polygon, tolerance: float):
    return polygon.simplify(tolerance, preserve_topology=True)


def circle(polygon, tolerance: float):
    """The circle of the polygon's area around its centroid (every vertex at the one radius); a polygon
    too far from round is smoothed instead."""
    from shapely.geometry import Point, Polygon

    outline = Polygon(polygon.exterior)
    radius = math.sqrt(outline.area / math.pi)
    disc = Point(outline.centroid.x, outline.centroid.y).buffer(radius, quad_segs=32)
    iou = disc.intersection(outline).area / max(disc.union(outline).area, 1e-12)
    return disc if iou >= ROUND_ENOUGH else smooth(polygon, tolerance)


def smooth(polygon, tolerance: float):
    """Staircases and specks gone, bays kept: opened and closed by a fraction of the tolerance (a wider
    closing would fill the bays a pond has), simplified, then corners cut (Chaikin) on edges cut to
    twice the tolerance, so that no corner is cut deeper than about the tolerance."""
    shapely = require("shapely")
    from shapely.geometry import Polygon

    radius = tolerance / 2
    cleaned = polygon.buffer(radius, join_style="mitre").buffer(-2 * radius, join_style="mitre")
    cleaned = _polygonal(shapely.make_valid(cleaned.buffer(radius, join_style="mitre")))
    if cleaned is None:
        return simplify(polygon, tolerance)
    parts = []
    for part in getattr(cleaned, "geoms", [cleaned]):
        part = part.simplify(tolerance, preserve_topology=True).segmentize(2 * tolerance)
        rings = [_chaikin(np.asarray(ring.coords)) for ring in (part.exterior, *part.interiors)]
        part = Polygon(rings[0], [ring for ring in rings[1:] if len(ring) >= 4])
        parts.append(shapely.make_valid(part.simplify(tolerance / 20)))  # points in a straight line
    return shapely.union_all(parts)


def _chaikin(ring: np.ndarray) -> np.ndarray:
    points = ring[:-1]
    for _ in range(SMOOTHING_ROUNDS):
        following = np.roll(points, -1, axis=0)
        points = np.stack([0.75 * points + 0.25 * following, 0.25 * points + 0.75 * following], axis=1)
        points = points.reshape(-1, 2)
    return np.vstack([points, points[:1]])


def orthogonalize(polygon, tolerance: float):
    """Right angles: the outline's straight stretches (Douglas-Peucker at the tolerance) fitted to the
    traced points they cover, turned to their dominant direction or its perpendicular, each run placed
    where its points lie on average, runs shorter than the tolerance taken out; the minimum rotated
    rectangle of that when it is within the tolerance of it (a notch shallower than that is no L)."""
    shapely = require("shapely")
    from shapely.geometry import Polygon

    rings = [_stretches(ring, tolerance) for ring in (polygon.exterior, *polygon.interiors)]
    centre = np.array([polygon.centroid.x, polygon.centroid.y])

    def shaped_at(angle: float):
        turn = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
        # Each ring's stretches in a frame turned by -angle (row vectors times ``turn``), where they
        # run along the axes; the runs made there, turned back.
        made = [_orthogonal_ring([(points - centre) @ turn for points in ring], tolerance) for ring in rings]
        if made[0] is None:
            return None
        back = [ring @ turn.T + centre for ring in made if ring is not None]
        return shapely.make_valid(Polygon(back[0], back[1:]))

    def fit(angle: float) -> float:
        shaped = shaped_at(angle)
        return -1.0 if shaped is None else shaped.intersection(polygon).area / shaped.union(polygon).area

    # The stretches' directions carry the pixels' staircase and noise: the angle is refined from
    # there, a step either side at a time, to where the outline fits the traced one best.
    angle, step = _dominant_angle(rings[0]), math.radians(2)
    best = fit(angle)
    while step > math.radians(0.1):
        tried = {candidate: fit(candidate) for candidate in (angle - step, angle + step)}
        candidate = max(tried, key=tried.get)
        if tried[candidate] > best:
            angle, best = candidate, tried[candidate]
        else:
            step /= 2
    result = shaped_at(angle)
    if result is None:
        return polygon.simplify(tolerance, preserve_topology=True)
    rectangle = result.minimum_rotated_rectangle
    if rectangle.geom_type == "Polygon" and rectangle.hausdorff_distance(result) <= tolerance:
        return rectangle
    return result


def _stretches(ring, tolerance: float) -> list[np.ndarray]:
    """The ring's straight stretches: for each edge of its Douglas-Peucker simplification, the traced
    points (densified, so that they lie evenly) from one end to the other."""
    from shapely.geometry import LineString

    dense = np.asarray(LineString(ring.coords).segmentize(tolerance / 4).coords)[:-1]
    kept = np.asarray(LineString(np.vstack([dense, dense[:1]])).simplify(tolerance).coords)[:-1]
    index = {tuple(point): number for number, point in enumerate(dense)}
    ends = sorted(index[tuple(point)] for point in kept)
    closed = np.vstack([dense, dense])  # a stretch over the ring's start reads on into the second copy
    return [
        closed[start : (end if end > start else end + len(dense)) + 1]
        for start, end in zip(ends, [*ends[1:], ends[0]], strict=True)
    ]


def _direction(points: np.ndarray) -> tuple[float, float]:
    """The stretch's direction (radians; its principal axis, so that a staircase reads as the line it
    steps along) and its length."""
    chord = points[-1] - points[0]
    length = float(np.hypot(*chord))
    inner = points[len(points) // 5 : len(points) - len(points) // 5]  # the ends turn into the corners
    if len(inner) < 3:
        return math.atan2(chord[1], chord[0]), length
    _, _, axes = np.linalg.svd(inner - inner.mean(axis=0), full_matrices=False)
    return math.atan2(axes[0][1], axes[0][0]), length


def _dominant_angle(stretches: list[np.ndarray]) -> float:
    """The direction (radians, modulo a right angle) most of the outline's length runs along: the
    length-weighted mean of its stretches' directions, taken four times round so that a direction and
    its perpendicular count as one."""
    directions = np.array([_direction(points) for points in stretches])
    angles, lengths = directions[:, 0], directions[:, 1]
    return float(np.arctan2((lengths * np.sin(4 * angles)).sum(), (lengths * np.cos(4 * angles)).sum()) / 4)


def _orthogonal_ring(stretches: list[np.ndarray], tolerance: float) -> np.ndarray | None:
    """A ring whose edges run along the axes: consecutive stretches of one orientation make one run at
    the mean position of their points; the shortest run under ``tolerance`` goes (its neighbours join)
    until none is left. None when fewer than four runs would be left."""
    # A run: [is horizontal, weight, weighted position sum] (position: y for a horizontal run, x else).
    runs: list[list] = []
    for points in stretches:
        chord = points[-1] - points[0]
        length = float(np.hypot(*chord))
        if length == 0:
            continue
        is_horizontal = bool(abs(chord[0]) >= abs(chord[1]))
        position = float(points[:, 1 if is_horizontal else 0].mean())
        if runs and runs[-1][0] == is_horizontal:
            runs[-1][1] += length
            runs[-1][2] += length * position
        else:
            runs.append([is_horizontal, length, length * position])
    if len(runs) > 1 and runs[0][0] == runs[-1][0]:
        first = runs.pop(0)
        runs[-1][1] += first[1]
        runs[-1][2] += first[2]
    while len(runs) > 4:
        corners = _corners(runs)
        spans = [np.hypot(*(corners[(index + 1) % len(runs)] - corners[index])) for index in range(len(runs))]
        shortest = int(np.argmin(spans))
        if spans[shortest] >= tolerance:
            break
        # Without its shortest run, the runs either side (of one orientation) are one run.
        before, after = (shortest - 1) % len(runs), (shortest + 1) % len(runs)
        runs[before][1] += runs[after][1]
        runs[before][2] += runs[after][2]
        for index in sorted((shortest, after), reverse=True):
            runs.pop(index)
    if len(runs) < 4 or len(runs) % 2:
        return None
    corners = _corners(runs)
    return np.vstack([corners, corners[:1]])


def _corners(runs: list[list]) -> np.ndarray:
    """Where each run meets the one before it: x of the vertical run, y of the horizontal one."""
    corners = []
    for index, (is_horizontal, weight, total) in enumerate(runs):
        _, before_weight, before_total = runs[index - 1]
        here, there = total / weight, before_total / before_weight
        corners.append((there, here) if is_horizontal else (here, there))
    return np.array(corners)


def _polygonal(geometry):
    """The polygonal part of ``geometry``, None when it has none."""
    shapely = require("shapely")

    if geometry.is_empty:
        return None
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        return geometry
    parts = [part for part in getattr(geometry, "geoms", []) if part.geom_type in ("Polygon", "MultiPolygon")]
    if not parts:
        return None
    return shapely.union_all(parts)


def regularize_wkt(wkt: str, crs_wkt: str, family: str, tolerance_m: float) -> str:
    """``wkt`` (in ``crs_wkt``) shaped as ``family`` with a tolerance of ``tolerance_m`` ground metres,
    as WKT in the same CRS. A CRS not placed on the Earth is worked in its own unit, as metres when it
    names a length unit."""
    shapely = require("shapely")
    from rasterio.crs import CRS
    from rasterio.errors import CRSError

    from .vectorize import to_wkt

    geometry = shapely.from_wkt(wkt)
    if geometry.is_empty:
        return wkt
    source = CRS.from_user_input(crs_wkt)
    if not (source.is_projected or source.is_geographic):
        try:
            metres = source.units_factor[1]
        except CRSError:
            metres = 1.0
        return to_wkt(regularize(geometry, family, tolerance_m / metres))
    to_local, from_local = _local_metres(geometry, source)
    local = shapely.transform(geometry, to_local)
    return to_wkt(shapely.transform(regularize(local, family, tolerance_m), from_local))


def _local_metres(geometry, source):
    """Coordinate functions from ``source`` to metres on an azimuthal equidistant projection centred on
    the geometry, and back."""
    from rasterio.warp import transform

    centre = geometry.centroid
    (longitude,), (latitude,) = transform(source, "EPSG:4326", [centre.x], [centre.y])
    local = f"+proj=aeqd +lat_0={latitude} +lon_0={longitude} +ellps=WGS84 +units=m +no_defs"

    def between(frm, to):
        def move(points: np.ndarray) -> np.ndarray:
            xs, ys = transform(frm, to, points[:, 0].tolist(), points[:, 1].tolist())
            return np.column_stack([xs, ys])

        return move

    return between(source, local), between(local, source)
