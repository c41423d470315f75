"""Geometry between many boxes and outlines at once, in numpy (the referring package needs no shapely):
which boxes meet, the gap between two outlines and each outline's nearest other, whether points lie inside
outlines, and points sampled over each outline's area and along its long axis. `select` judges its
relations with these on the candidates' true outlines (a mask's traced polygon, a layer's feature), so
that 100,000 candidates near 100,000 anchors take seconds, not the hours of a Python loop over the pairs,
and a road of thousands of vertices is searched near each target, a run of its edges at a time, not edge
by edge (bench/referring_selection.py). Every outline is a closed polygon of at least 3 points."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

BIG_CELLS = 256  # a box over more grid cells than this (a road across the view) is checked against all
ALL_PAIRS = 1 << 14  # pairs below which every pair is tested, not a grid's
CHUNK = 1 << 21  # elements of the largest temporary array: the work is done in pieces this size
RUN = 16  # consecutive edges of an outline judged together by their box first


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
    edge, number of edges and bounding box; and its edges cut into runs of `RUN` consecutive ones, each
    run's first edge, number of edges and box (``run_offsets``, ``run_counts``: each outline's first run
    and number of runs), so that a point or an outline far from a run's box needs none of its edges."""

    def __init__(self, outlines: list[np.ndarray]):
        self.sizes = np.array([len(outline) for outline in outlines], np.int64)
        self.offsets = np.cumsum(self.sizes) - self.sizes
        self.starts = np.concatenate(outlines).astype(float) if outlines else np.empty((0, 2))
        following = np.arange(len(self.starts)) + 1
        following[self.offsets + self.sizes - 1] = self.offsets  # the last point closes on the first
        self.ends = self.starts[following]
        self.vectors = self.ends - self.starts
        self.lengths = np.maximum(self.vectors[:, 0] ** 2 + self.vectors[:, 1] ** 2, 1e-12)  # squared
        self.owner = np.repeat(np.arange(len(outlines)), self.sizes)
        self.run_counts = -(-self.sizes // RUN)
        self.run_offsets = np.cumsum(self.run_counts) - self.run_counts
        run_owner, index = _expand(self.run_counts)
        self.run_firsts = self.offsets[run_owner] + index * RUN
        self.run_sizes = np.minimum(RUN, self.sizes[run_owner] - index * RUN)
        if outlines:
            low = np.minimum.reduceat(self.starts, self.offsets, axis=0)
            high = np.maximum.reduceat(self.starts, self.offsets, axis=0)
            self.boxes = np.concatenate([low, high], axis=1)
            low = np.minimum.reduceat(np.minimum(self.starts, self.ends), self.run_firsts, axis=0)
            high = np.maximum.reduceat(np.maximum(self.starts, self.ends), self.run_firsts, axis=0)
            self.run_boxes = np.concatenate([low, high], axis=1)
        else:
            self.boxes, self.run_boxes = np.empty((0, 4)), np.empty((0, 4))
        # A detector's box alone: four points, every edge along an axis. Its outline is its box, so its gap
        # to another such outline is their boxes' gap.
        along_axes = np.minimum(np.abs(self.vectors[:, 0]), np.abs(self.vectors[:, 1])) == 0
        self.rectangles = (self.sizes == 4) & (
            np.add.reduceat(along_axes, self.offsets) == 4 if outlines else True
        )
        # Rounding makes an edge's computed point stray from its box by far less than this: what a run's
        # box rules out is widened by it, so that no edge the whole computation would pick is left out.
        self.slack = 1e-9 * (1.0 + float(np.abs(self.starts).max(initial=0.0)))

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


def _runs_of(outlines: Outlines, which: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(query, run) for every run of the outline ``which[query]``, in order."""
    query, position = _expand(outlines.run_counts[which])
    return query, outlines.run_offsets[which][query] + position


def _edges_of(outlines: Outlines, runs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(k, edge) for every edge of the run ``runs[k]``, in order."""
    row, position = _expand(outlines.run_sizes[runs])
    return row, outlines.run_firsts[runs][row] + position


def _edge_pairs(these: Outlines, one: np.ndarray, those: Outlines, two: np.ndarray):
    """(k, edge of these, edge of those): every edge of the run ``one[k]`` with every edge of ``two[k]``."""
    width = those.run_sizes[two]
    k, position = _expand(these.run_sizes[one] * width)
    return k, these.run_firsts[one][k] + position // width[k], those.run_firsts[two][k] + position % width[k]


def _to_edges(outlines: Outlines, edge: np.ndarray, point: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The squared distance from ``point[k]`` to the edge ``edge[k]``, and the nearest point of it."""
    start, vector = outlines.starts[edge], outlines.vectors[edge]
    relative = point - start
    along = (relative[:, 0] * vector[:, 0] + relative[:, 1] * vector[:, 1]) / outlines.lengths[edge]
    closest = start + np.clip(along, 0.0, 1.0)[:, None] * vector
    offset = closest - point
    return offset[:, 0] ** 2 + offset[:, 1] ** 2, closest


def _reaching(outlines: Outlines, runs: np.ndarray, low: np.ndarray, high: np.ndarray):
    """Whether the run ``runs[k]`` may hold an edge crossed by the ray from a point of the box ``low[k]``
    to ``high[k]`` cast along +x, and along +y: it spans the point across the ray and reaches beyond it."""
    box = outlines.run_boxes[runs]
    along_x = (box[:, 1] <= high[:, 1]) & (low[:, 1] < box[:, 3]) & (low[:, 0] < box[:, 2] + outlines.slack)
    along_y = (box[:, 0] <= high[:, 0]) & (low[:, 0] < box[:, 2]) & (low[:, 1] < box[:, 3] + outlines.slack)
    return along_x, along_y


def _crossings(outlines: Outlines, points: np.ndarray, upward: np.ndarray, query: np.ndarray, runs):
    """How many edges of its runs (``runs[k]`` for the point ``query[k]``) each point's ray crosses,
    cast along +y where ``upward``, else along +x."""
    crossings = np.zeros(len(points), np.int64)
    for piece in _pieces(outlines.run_sizes[runs]):
        row, edge = _edges_of(outlines, runs[piece])
        owner = query[piece][row]
        start, end, point = outlines.starts[edge], outlines.ends[edge], points[owner]
        if upward.any():  # along +y is along +x with the axes swapped
            flip = upward[owner][:, None]
            start, end, point = (np.where(flip, xy[:, ::-1], xy) for xy in (start, end, point))
        crosses = (start[:, 1] > point[:, 1]) != (end[:, 1] > point[:, 1])
        with np.errstate(divide="ignore", invalid="ignore"):
            x_at = start[:, 0] + (point[:, 1] - start[:, 1]) * (end[:, 0] - start[:, 0]) / (
                end[:, 1] - start[:, 1]
            )
        crossings += np.bincount(owner[crosses & (point[:, 0] < x_at)], minlength=len(points))
    return crossings


def _inside(outlines: Outlines, which, low, high, counts, points: np.ndarray) -> np.ndarray:
    """Whether each point lies inside its group's outline (the even-odd rule): the points come group by
    group, ``counts[g]`` of them, within the box ``low[g]`` to ``high[g]``, for the outline ``which[g]``.
    A group's ray is cast along +x or along +y, whichever meets fewer of its outline's runs (the same
    parity off the outline): a road along x meets many rays along x and few along y."""
    inside = np.zeros(len(points), bool)
    ends = np.cumsum(counts)
    for piece in _pieces(counts * outlines.run_counts[which]):
        groups = piece.stop - piece.start
        group, runs = _runs_of(outlines, which[piece])
        along_x, along_y = _reaching(outlines, runs, low[piece][group], high[piece][group])
        upward = np.bincount(group[along_y], minlength=groups) < np.bincount(group[along_x], minlength=groups)
        keep = np.where(upward[group], along_y, along_x)
        group, runs = group[keep], runs[keep]
        kept = np.bincount(group, minlength=groups)
        # Each point of a group against the runs its group's box kept, then those its own ray meets.
        span = slice(ends[piece.start] - counts[piece.start], ends[piece.stop - 1])
        these = points[span]
        member, _position = _expand(counts[piece])
        row, index = _expand(kept[member])
        runs = runs[(np.cumsum(kept) - kept)[member[row]] + index]
        along_x, along_y = _reaching(outlines, runs, these[row], these[row])
        keep = np.where(upward[member][row], along_y, along_x)
        inside[span] = _crossings(outlines, these, upward[member], row[keep], runs[keep]) % 2 == 1
    return inside


def contains(outlines: Outlines, which: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Whether ``points[k]`` lies inside the outline ``which[k]`` (the even-odd rule; a point on the
    outline itself may fall either way)."""
    return _inside(outlines, which, points, points, np.ones(len(which), np.int64), points)


def distance_to(outlines: Outlines, which: np.ndarray, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distance from ``points[k]`` to the edges of the outline ``which[k]``, and the nearest point of
    them (on the first of equally near edges)."""
    squared, nearest = np.full(len(which), np.inf), np.empty((len(which), 2))
    for piece in _pieces(outlines.run_counts[which]):
        query, runs = _runs_of(outlines, which[piece])
        point = points[piece]
        # A run is no nearer than its box and no farther than its first point: the nearest edge lies in
        # a run whose box is as near as the nearest of the runs' first points.
        lower = box_gaps(outlines.run_boxes[runs], np.tile(point[query], 2))
        upper = np.hypot(*(outlines.starts[outlines.run_firsts[runs]] - point[query]).T)
        counts = outlines.run_counts[which[piece]]
        bound = np.minimum.reduceat(upper, np.cumsum(counts) - counts)[query]
        keep = lower <= bound * (1 + 1e-9) + outlines.slack
        query, runs = query[keep], runs[keep]
        least, where = squared[piece], nearest[piece]
        for part in _pieces(outlines.run_sizes[runs]):  # whole runs, in order
            row, edge = _edges_of(outlines, runs[part])
            owner = query[part][row]
            distances, closest = _to_edges(outlines, edge, point[owner])
            firsts = np.flatnonzero(np.diff(owner, prepend=-1))
            best = np.minimum.reduceat(distances, firsts)
            segment = np.cumsum(np.diff(owner, prepend=-1) != 0) - 1
            ties = np.where(distances == best[segment], np.arange(len(distances)), len(distances))
            first_tie = np.minimum.reduceat(ties, firsts)
            owner = owner[firsts]
            better = best < least[owner]  # an equally near edge of an earlier part comes first
            least[owner[better]], where[owner[better]] = best[better], closest[first_tie[better]]
    return np.sqrt(squared), nearest


def _turn(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0])


def _lower(least: np.ndarray, owner: np.ndarray, values: np.ndarray) -> None:
    """Lowers ``least[o]`` to the least of the ``values`` of o, ``owner`` holding each o's values together."""
    if len(owner):
        firsts = np.flatnonzero(np.diff(owner, prepend=-1))
        least[owner[firsts]] = np.minimum(least[owner[firsts]], np.minimum.reduceat(values, firsts))


def _least_squared(first: Outlines, one, second: Outlines, two, pair: np.ndarray, pairs: int, slack: float):
    """For each of ``pairs`` pairs of outlines, the least squared distance from a point of one to an edge of
    the other, over the pairs of runs (``one[k]`` of first, ``two[k]`` of second) of the pair ``pair[k]``
    (in order of pairs). A point is no nearer to a run than to its box and no farther than from its first
    point: only the points as near to a run's box as the nearest of these first points need its edges."""
    bound, sides = np.full(pairs, np.inf), []
    for these, a, those, b in ((first, one, second, two), (second, two, first, one)):
        k, position = _expand(these.run_sizes[a])
        point, runs, owner = these.starts[these.run_firsts[a][k] + position], b[k], pair[k]
        lower = box_gaps(those.run_boxes[runs], np.tile(point, 2))
        _lower(bound, owner, np.hypot(*(those.starts[those.run_firsts[runs]] - point).T))
        sides.append((those, owner, point, runs, lower))
    least = np.full(pairs, np.inf)
    for those, owner, point, runs, lower in sides:
        keep = lower <= bound[owner] * (1 + 1e-9) + slack
        owner, point, runs = owner[keep], point[keep], runs[keep]
        for part in _pieces(those.run_sizes[runs]):  # whole runs
            row, edge = _edges_of(those, runs[part])
            squared, _closest = _to_edges(those, edge, point[part][row])
            _lower(least, owner[part][row], squared)
    return least


def _runs_cross(first: Outlines, one: np.ndarray, second: Outlines, two: np.ndarray) -> np.ndarray:
    """Whether an edge of the run ``one[k]`` of first properly crosses one of the run ``two[k]`` of second."""
    crossed = np.zeros(len(one), bool)
    for piece in _pieces(first.run_sizes[one] * second.run_sizes[two]):
        k, mine, theirs = _edge_pairs(first, one[piece], second, two[piece])
        a, b = first.starts[mine], first.ends[mine]
        c, d = second.starts[theirs], second.ends[theirs]
        crossing = (_turn(a, b, c) * _turn(a, b, d) < 0) & (_turn(c, d, a) * _turn(c, d, b) < 0)
        crossed[piece][k[crossing]] = True
    return crossed


def outline_gaps(first: Outlines, i: np.ndarray, second: Outlines, j: np.ndarray) -> np.ndarray:
    """The gap between the outlines ``first[i[k]]`` and ``second[j[k]]``: 0 where they meet (one holds a
    point of the other, or their edges cross), else the least distance from a point of one to an edge of
    the other (the nearest points of two polygons apart include a vertex)."""
    squared, meet = np.full(len(i), np.inf), np.zeros(len(i), bool)
    slack = max(first.slack, second.slack)
    # At most every point of each outline against every run of the other: the pieces' work.
    work = first.sizes[i] * second.run_counts[j] + second.sizes[j] * first.run_counts[i]
    for piece in _pieces(work):
        counts = first.run_counts[i[piece]] * second.run_counts[j[piece]]
        pair, position = _expand(counts)
        width = second.run_counts[j[piece]][pair]
        one = first.run_offsets[i[piece]][pair] + position // width
        two = second.run_offsets[j[piece]][pair] + position % width
        # Two runs are no nearer than their boxes and no farther than their first points: only the run
        # pairs whose boxes are as near as the nearest first points hold the nearest point and edge.
        lower = box_gaps(first.run_boxes[one], second.run_boxes[two])
        upper = np.hypot(*(first.starts[first.run_firsts[one]] - second.starts[second.run_firsts[two]]).T)
        bound = np.minimum.reduceat(upper, np.cumsum(counts) - counts)[pair]
        near = lower <= bound * (1 + 1e-9) + slack
        least = _least_squared(first, one[near], second, two[near], pair[near], len(counts), slack)
        squared[piece] = least
        # Edges cross only where their runs' boxes meet; pairs already touching need no such test.
        unsure = (lower <= slack) & (least[pair] > 0)
        meet[piece][pair[unsure][_runs_cross(first, one[unsure], second, two[unsure])]] = True
    # Boundaries apart: either one outline holds all of the other, or none of it: a point of each tells.
    apart = np.flatnonzero(~meet & (squared > 0))
    holds = contains(second, j[apart], first.starts[first.offsets[i[apart]]])
    holds |= contains(first, i[apart], second.starts[second.offsets[j[apart]]])
    meet[apart[holds]] = True
    return np.where(meet, 0.0, np.sqrt(squared))


def nearest_outlines(first: Outlines, second: Outlines, skip: np.ndarray | None = None):
    """For each outline of ``first``, the gap to its nearest of ``second`` and which one (the first of
    the nearest; -1 and an infinite gap when there is none), ``skip`` as in `nearest_boxes`. The boxes'
    gap is never more than the outlines': the outline of the nearest box bounds the search; between
    outlines that are their boxes it is the outlines' gap."""
    if first.rectangles.all() and second.rectangles.all():
        return nearest_boxes(first.boxes, second.boxes, skip)
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
    again = found != by_box[rows]  # the gap to the nearest box's outline is known
    gap = np.concatenate([bound, outline_gaps(first, rows[again], second, found[again])])
    rows, found = np.concatenate([has, rows[again]]), np.concatenate([by_box[has], found[again]])
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
    box = outlines.boxes[found[pair]]
    xy = points[point]
    near = (
        (box[:, 0] <= xy[:, 0]) & (xy[:, 0] <= box[:, 2]) & (box[:, 1] <= xy[:, 1]) & (xy[:, 1] <= box[:, 3])
    )
    pair, point, xy = pair[near], point[near], xy[near]
    # Each pair's points go together: the box they span rules out most runs of a long outline at once.
    counts = np.bincount(pair, minlength=len(rows))
    low, high, some = np.zeros((len(rows), 2)), np.zeros((len(rows), 2)), np.flatnonzero(counts)
    firsts = (np.cumsum(counts) - counts)[some]
    low[some], high[some] = np.minimum.reduceat(xy, firsts), np.maximum.reduceat(xy, firsts)
    inside = np.zeros(len(points), bool)
    inside[point[_inside(outlines, found, low, high, counts, xy)]] = True
    return inside
