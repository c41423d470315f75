"""Geometry between many boxes and outlines at once, in numpy (the referring package needs no shapely):
which boxes meet, the gap between two outlines and each outline's nearest other, whether points lie inside
outlines, and points sampled over each outline's area and along its long axis. `select` judges its
relations with these on the candidates' true outlines (a mask's traced polygon, a layer's feature), so
that 100,000 candidates near 100,000 anchors take seconds, not the hours of a Python loop over the pairs
(bench/referring_selection.py). Every outline is a closed polygon of at least 3 points."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

BIG_CELLS = 256  # a box over more grid cells than this (a road across the view) is checked against all
ALL_PAIRS = 1 << 14  # pairs below which every pair is tested, not a grid's
CHUNK = 1 << 21  # elements of the largest temporary array: the work is done in pieces this size


def boxes(candidates) -> np.ndarray:
    """The candidates' boxes as an (n, 4) array of x0, y0, x1, y1."""
    return np.array([candidate.box for candidate in candidates], dtype=float).reshape(-1, 4)


def box_gaps(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Distance between the boxes ``first[k]`` and ``second[k]`` (0 when they touch or overlap)."""
    dx = np.maximum(np.maximum(second[:, 0] - first[:, 2], first[:, 0] - second[:, 2]), 0.0)
    dy = np.maximum(np.maximum(second[:, 1] - first[:, 3], first[:, 1] - second[:, 3]), 0.0)
    return np.hypot(dx, dy)


def box_pairs(queries: np.ndarray, found: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (i, j) whose boxes ``queries[i]`` and ``found[j]`` meet (touching counts), each pair once,
    found through a grid of cells as large as a typical box of the larger kind, so that the work grows
    with the pairs that meet rather than with every pair."""
    if len(queries) == 0 or len(found) == 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    if len(queries) * len(found) <= ALL_PAIRS:  # a view's few candidates: every pair costs less than a grid
        first, second = _all_pairs(np.arange(len(queries)), np.arange(len(found)))
        return _meeting(queries, found, first, second)
    cell = max(_typical_side(queries), _typical_side(found), 1e-9)
    origin = np.minimum(queries[:, :2].min(axis=0), found[:, :2].min(axis=0))
    query_cells, big_queries = _cells(queries, origin, cell)
    found_cells, big_found = _cells(found, origin, cell)
    order = np.argsort(found_cells[0], kind="stable")
    keys, owners = found_cells[0][order], found_cells[1][order]
    start = np.searchsorted(keys, query_cells[0], side="left")
    count = np.searchsorted(keys, query_cells[0], side="right") - start
    first = np.repeat(query_cells[1], count)
    offsets = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    second = owners[np.repeat(start, count) + offsets]
    # Two boxes share every cell of their overlap: the pair is kept in the one holding its lower corner.
    corner = np.maximum(queries[first, :2], found[second, :2])
    keep = _keys(np.floor((corner - origin) / cell).astype(np.int64)) == np.repeat(query_cells[0], count)
    pieces = [(first[keep], second[keep])]
    pieces += [_all_pairs(np.flatnonzero(big_queries), np.arange(len(found)))]
    pieces += [_all_pairs(np.flatnonzero(~big_queries), np.flatnonzero(big_found))]
    first = np.concatenate([piece[0] for piece in pieces])
    second = np.concatenate([piece[1] for piece in pieces])
    return _meeting(queries, found, first, second)


def _meeting(queries: np.ndarray, found: np.ndarray, first: np.ndarray, second: np.ndarray):
    """The pairs (first[k], second[k]) whose boxes meet (touching counts)."""
    meet = (
        (queries[first, 0] <= found[second, 2])
        & (found[second, 0] <= queries[first, 2])
        & (queries[first, 1] <= found[second, 3])
        & (found[second, 1] <= queries[first, 3])
    )
    return first[meet], second[meet]


def _typical_side(items: np.ndarray) -> float:
    return float(np.median(np.maximum(items[:, 2] - items[:, 0], items[:, 3] - items[:, 1])))


def _cells(items: np.ndarray, origin: np.ndarray, cell: float):
    """((cell key, item) for every grid cell each item's box covers, items over `BIG_CELLS` left out;
    which items are big)."""
    low = np.floor((items[:, :2] - origin) / cell).astype(np.int64)
    high = np.floor((items[:, 2:] - origin) / cell).astype(np.int64)
    span = high - low + 1
    covered = span[:, 0] * span[:, 1]
    big = covered > BIG_CELLS
    small = np.flatnonzero(~big)
    per_item = covered[small]
    item = np.repeat(small, per_item)
    index = np.arange(per_item.sum()) - np.repeat(np.cumsum(per_item) - per_item, per_item)
    column = low[item, 0] + index % span[item, 0]
    row = low[item, 1] + index // span[item, 0]
    return (_keys(np.stack([column, row], axis=1)), item), big


def _keys(cells: np.ndarray) -> np.ndarray:
    """One number for each (column, row) of the grid."""
    return cells[:, 1] * (1 << 31) + cells[:, 0]


def _all_pairs(first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return np.repeat(first, len(second)), np.tile(second, len(first))


def nearest_boxes(
    targets: np.ndarray, anchors: np.ndarray, skip: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """For each target box, the gap to its nearest anchor box and that anchor (the first of the nearest
    in ``anchors``' order; -1 and an infinite gap when there is none): the grid's pairs within a radius
    that grows until every target has its nearest, then once more at that gap so that no nearer anchor
    lies outside the square searched. ``skip[i]``: anchors target i may not have (itself, one found)."""
    skip = np.full((len(targets), 0), -1, np.int64) if skip is None else skip
    gaps, nearest = np.full(len(targets), np.inf), np.full(len(targets), -1, np.int64)
    if 0 < len(targets) * len(anchors) <= ALL_PAIRS:  # a view's few candidates: every pair at once
        every = box_gaps(np.repeat(targets, len(anchors), axis=0), np.tile(anchors, (len(targets), 1)))
        every = every.reshape(len(targets), len(anchors))
        rows, columns = np.nonzero((skip[:, :, None] == np.arange(len(anchors))).any(axis=1))
        every[rows, columns] = np.inf
        has = np.isfinite(every).any(axis=1)
        nearest[has] = every[has].argmin(axis=1)  # the first of equally near ones
        gaps[has] = every[has].min(axis=1)
        return gaps, nearest
    # Those with no anchor but the ones skipped: the search below would widen for ever.
    ordered = np.sort(skip, axis=1)
    distinct = (ordered >= 0) & (np.diff(ordered, axis=1, prepend=-1) != 0)
    todo = np.flatnonzero(distinct.sum(axis=1) < len(anchors))
    radius = np.full(len(targets), max(_typical_side(targets), 1e-9) if len(targets) else 1.0)
    while len(todo):
        grown = targets[todo] + radius[todo, None] * np.array([-1.0, -1.0, 1.0, 1.0])
        rows, found = box_pairs(grown, anchors)
        allowed = ~(skip[todo[rows]] == found[:, None]).any(axis=1)
        rows, found = rows[allowed], found[allowed]
        gap = box_gaps(targets[todo[rows]], anchors[found])
        best = np.full(len(todo), np.inf)
        np.minimum.at(best, rows, gap)
        # An anchor outside the square of side 2r is farther than r: a gap within r is the nearest.
        done = best <= radius[todo]
        first = np.full(len(todo), len(anchors))
        ties = gap == best[rows]
        np.minimum.at(first, rows[ties], found[ties])
        gaps[todo[done]], nearest[todo[done]] = best[done], first[done]
        again = ~done
        radius[todo[again]] = np.where(np.isfinite(best[again]), best[again], 2 * radius[todo[again]])
        todo = todo[again]
    return gaps, nearest


class Outlines:
    """Many outlines as flat arrays: their edges (``starts[k]`` to ``ends[k]``), each outline's first
    edge, number of edges and bounding box."""

    def __init__(self, outlines: list[np.ndarray]):
        self.sizes = np.array([len(outline) for outline in outlines], np.int64)
        self.offsets = np.cumsum(self.sizes) - self.sizes
        self.starts = np.concatenate(outlines).astype(float) if outlines else np.empty((0, 2))
        following = np.arange(len(self.starts)) + 1
        following[self.offsets + self.sizes - 1] = self.offsets  # the last point closes on the first
        self.ends = self.starts[following]
        self.owner = np.repeat(np.arange(len(outlines)), self.sizes)
        if outlines:
            low = np.minimum.reduceat(self.starts, self.offsets, axis=0)
            high = np.maximum.reduceat(self.starts, self.offsets, axis=0)
            self.boxes = np.concatenate([low, high], axis=1)
        else:
            self.boxes = np.empty((0, 4))

    def breadths(self) -> np.ndarray:
        """How broad each outline is, 4 x area / perimeter: a square's side, a disc's diameter, about twice
        a long band's width (a road's, whatever its length); 0 for a degenerate one."""
        if not len(self):
            return np.empty(0)
        cross = self.starts[:, 0] * self.ends[:, 1] - self.ends[:, 0] * self.starts[:, 1]
        areas = 0.5 * np.abs(np.add.reduceat(cross, self.offsets))
        perimeters = np.add.reduceat(np.linalg.norm(self.ends - self.starts, axis=1), self.offsets)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(perimeters > 0, 4 * areas / perimeters, 0.0)

    def __len__(self) -> int:
        return len(self.sizes)


def _expand(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(owner, position within its owner) for ``counts[k]`` items of each k."""
    owner = np.repeat(np.arange(len(counts)), counts)
    return owner, np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)


def _pieces(counts: np.ndarray) -> Iterator[slice]:
    """Slices of the queries whose ``counts`` of work add up to about `CHUNK` (one query at least)."""
    ends = np.cumsum(counts)
    begin = 0
    while begin < len(counts):
        done = ends[begin - 1] if begin else 0
        end = max(int(np.searchsorted(ends, done + CHUNK, side="right")), begin + 1)
        yield slice(begin, end)
        begin = end


def contains(outlines: Outlines, which: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Whether ``points[k]`` lies inside the outline ``which[k]`` (the even-odd rule)."""
    inside = np.zeros(len(which), bool)
    counts = outlines.sizes[which]
    for piece in _pieces(counts):
        query, position = _expand(counts[piece])
        edge = outlines.offsets[which[piece]][query] + position
        point, start, end = points[piece][query], outlines.starts[edge], outlines.ends[edge]
        crosses = (start[:, 1] > point[:, 1]) != (end[:, 1] > point[:, 1])
        with np.errstate(divide="ignore", invalid="ignore"):
            x_at = start[:, 0] + (point[:, 1] - start[:, 1]) * (end[:, 0] - start[:, 0]) / (
                end[:, 1] - start[:, 1]
            )
        hits = (crosses & (point[:, 0] < x_at)).astype(np.int64)
        inside[piece] = np.add.reduceat(hits, np.cumsum(counts[piece]) - counts[piece]) % 2 == 1
    return inside


def distance_to(outlines: Outlines, which: np.ndarray, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distance from ``points[k]`` to the edges of the outline ``which[k]``, and the nearest point of
    them (on the first of equally near edges)."""
    distances, nearest = np.empty(len(which)), np.empty((len(which), 2))
    counts = outlines.sizes[which]
    for piece in _pieces(counts):
        query, position = _expand(counts[piece])
        edge = outlines.offsets[which[piece]][query] + position
        point, start = points[piece][query], outlines.starts[edge]
        vector = outlines.ends[edge] - start
        length = np.maximum((vector**2).sum(axis=1), 1e-12)
        along = np.clip(((point - start) * vector).sum(axis=1) / length, 0.0, 1.0)
        closest = start + along[:, None] * vector
        squared = ((closest - point) ** 2).sum(axis=1)
        firsts = np.cumsum(counts[piece]) - counts[piece]
        least = np.minimum.reduceat(squared, firsts)
        candidates = np.where(squared == least[query], np.arange(len(squared)), len(squared))
        distances[piece] = np.sqrt(least)
        nearest[piece] = closest[np.minimum.reduceat(candidates, firsts)]
    return distances, nearest


def _edges_cross(first: Outlines, i: np.ndarray, second: Outlines, j: np.ndarray) -> np.ndarray:
    """Whether an edge of outline ``first[i[k]]`` properly crosses one of ``second[j[k]]``."""
    pair, position = _expand(first.sizes[i])
    edge = first.offsets[i][pair] + position  # one query per edge of the first outline
    crossed = np.zeros(len(i), bool)
    counts = second.sizes[j[pair]]
    for piece in _pieces(counts):
        query, place = _expand(counts[piece])
        other = second.offsets[j[pair[piece]]][query] + place
        a, b = first.starts[edge[piece]][query], first.ends[edge[piece]][query]
        c, d = second.starts[other], second.ends[other]
        crossing = (_turn(a, b, c) * _turn(a, b, d) < 0) & (_turn(c, d, a) * _turn(c, d, b) < 0)
        crossed[pair[piece][query[crossing]]] = True
    return crossed


def _turn(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0])


def outline_gaps(first: Outlines, i: np.ndarray, second: Outlines, j: np.ndarray) -> np.ndarray:
    """The gap between the outlines ``first[i[k]]`` and ``second[j[k]]``: 0 where they meet (one holds a
    point of the other, or their edges cross), else the least distance from a point of one to an edge of
    the other (the nearest points of two polygons apart include a vertex)."""
    gaps = np.full(len(i), np.inf)
    meet = np.zeros(len(i), bool)
    for (these, k), (those, m) in (((first, i), (second, j)), ((second, j), (first, i))):
        pair, position = _expand(these.sizes[k])
        points = these.starts[these.offsets[k][pair] + position]
        distances, _nearest = distance_to(those, m[pair], points)
        np.minimum.at(gaps, pair, distances)
        meet[pair[contains(those, m[pair], points)]] = True
    # Edges cross only where the boxes overlap: the costly test is left for those.
    one, two = first.boxes[i], second.boxes[j]
    overlap = np.all(np.maximum(one[:, :2], two[:, :2]) <= np.minimum(one[:, 2:], two[:, 2:]), axis=1)
    unsure = np.flatnonzero(~meet & (gaps > 0) & overlap)
    meet[unsure[_edges_cross(first, i[unsure], second, j[unsure])]] = True
    return np.where(meet, 0.0, gaps)


def nearest_outlines(first: Outlines, second: Outlines, skip: np.ndarray | None = None):
    """For each outline of ``first``, the gap to its nearest of ``second`` and which one (the first of
    the nearest; -1 and an infinite gap when there is none), ``skip`` as in `nearest_boxes`. The boxes'
    gap is never more than the outlines': the outline of the nearest box bounds the search."""
    _gaps, by_box = nearest_boxes(first.boxes, second.boxes, skip)
    gaps, nearest = np.full(len(first), np.inf), np.full(len(first), -1, np.int64)
    has = np.flatnonzero(by_box >= 0)
    bound = outline_gaps(first, has, second, by_box[has])
    reach = bound * (1 + 1e-9) + 1e-9  # float slack: never short
    rows, found = box_pairs(
        first.boxes[has] + reach[:, None] * np.array([-1.0, -1.0, 1.0, 1.0]), second.boxes
    )
    rows = has[rows]
    if skip is not None:
        allowed = ~(skip[rows] == found[:, None]).any(axis=1)
        rows, found = rows[allowed], found[allowed]
    gap = outline_gaps(first, rows, second, found)
    np.minimum.at(gaps, rows, gap)
    first_found = np.full(len(first), len(second))
    ties = gap == gaps[rows]
    np.minimum.at(first_found, rows[ties], found[ties])
    nearest[has] = first_found[has]
    return gaps, nearest


def area_samples(outlines: Outlines, centres: np.ndarray, grid: int = 8) -> tuple[np.ndarray, np.ndarray]:
    """The points that stand for each outline's area: the centres of grid x grid cells over its box,
    shaped (outlines, grid², 2), and which of them lie inside it (the first replaced by the outline's
    centre where none does: a sliver)."""
    owner, cell = _expand(np.full(len(outlines), grid * grid))
    low, high = outlines.boxes[owner, :2], outlines.boxes[owner, 2:]
    steps = np.stack([cell % grid, cell // grid], axis=1)
    points = (low + (steps + 0.5) / grid * (high - low)).reshape(len(outlines), grid * grid, 2)
    inside = contains(outlines, owner, points.reshape(-1, 2)).reshape(len(outlines), grid * grid)
    none = ~inside.any(axis=1)
    points[none, 0], inside[none, 0] = centres[none], True
    return points, inside


def axis_samples(outlines: Outlines, centres: np.ndarray, count: int = 16) -> tuple[np.ndarray, np.ndarray]:
    """``count`` points along each outline's long axis (the principal axis of its points, through its
    centre), end to end over the outline's extent along it: shaped (outlines, count, 2); and that each
    stands for the outline (all do), as `area_samples` says of its points."""
    relative = outlines.starts - centres[outlines.owner]
    xx, xy, yy = (
        np.add.reduceat(values, outlines.offsets)
        for values in (relative[:, 0] ** 2, relative[:, 0] * relative[:, 1], relative[:, 1] ** 2)
    )
    angle = 0.5 * np.arctan2(2 * xy, xx - yy)
    direction = np.stack([np.cos(angle), np.sin(angle)], axis=1)
    along = (relative * direction[outlines.owner]).sum(axis=1)
    low, high = np.minimum.reduceat(along, outlines.offsets), np.maximum.reduceat(along, outlines.offsets)
    fractions = (np.arange(count) + 0.5) / count
    distance = low[:, None] + fractions * (high - low)[:, None]
    points = centres[:, None, :] + distance[:, :, None] * direction[:, None, :]
    return points, np.ones(points.shape[:2], bool)


def inside_any(outlines: Outlines, points: np.ndarray, owner: np.ndarray, pairs) -> np.ndarray:
    """Whether each point (of the target ``owner[k]``) lies inside any outline paired with its target by
    ``pairs`` = (targets, outlines)."""
    rows, found = pairs
    order = np.argsort(owner, kind="stable")
    first = np.searchsorted(owner[order], rows, side="left")
    counts = np.searchsorted(owner[order], rows, side="right") - first
    pair, position = _expand(counts)
    point = order[first[pair] + position]
    which = found[pair]
    box = outlines.boxes[which]
    xy = points[point]
    near = (
        (box[:, 0] <= xy[:, 0]) & (xy[:, 0] <= box[:, 2]) & (box[:, 1] <= xy[:, 1]) & (xy[:, 1] <= box[:, 3])
    )
    inside = np.zeros(len(points), bool)
    inside[point[near][contains(outlines, which[near], xy[near])]] = True
    return inside
