"""Geometry between many boxes and outlines at once, in numpy (the referring package needs no shapely):
which boxes meet, the gap from each box to its nearest other, the point of each outline nearest to each
centre. `select` judges its relations with these, so that 100,000 candidates near 100,000 anchors take
seconds, not the hours of a Python loop over the pairs (bench/referring_selection.py)."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

BIG_CELLS = 256  # a box over more grid cells than this (a road across the view) is checked against all
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


def nearest_boxes(targets: np.ndarray, anchors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each target box, the gap to its nearest anchor box and that anchor (the first of the nearest
    in ``anchors``' order): the grid's pairs within a radius that grows until every target has its
    nearest, then once more at that gap so that no nearer anchor lies outside the square searched."""
    gaps, nearest = np.full(len(targets), np.inf), np.zeros(len(targets), np.int64)
    if not len(anchors):  # nothing to be near: the search below would widen for ever
        return gaps, nearest
    radius = np.full(len(targets), max(_typical_side(targets), 1e-9))
    todo = np.arange(len(targets))
    while len(todo):
        grown = targets[todo] + radius[todo, None] * np.array([-1.0, -1.0, 1.0, 1.0])
        rows, found = box_pairs(grown, anchors)
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


def nearest_outline_points(
    centres: np.ndarray, outlines: list[np.ndarray]
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """For pieces of the centres: (the centres' indexes, the point of each outline's edges nearest to
    each of those centres, shaped (centres, outlines, 2); the first of equally near edges)."""
    starts = np.concatenate(outlines)
    ends = np.concatenate([np.roll(outline, -1, axis=0) for outline in outlines])
    sizes = np.array([len(outline) for outline in outlines])
    offsets = np.cumsum(sizes) - sizes
    edges = ends - starts
    lengths = np.maximum((edges**2).sum(axis=1), 1e-12)
    step = max(1, CHUNK // len(starts))
    for begin in range(0, len(centres), step):
        indexes = np.arange(begin, min(begin + step, len(centres)))
        point = centres[indexes][:, None, :]
        along = np.clip(((point - starts) * edges).sum(axis=2) / lengths, 0.0, 1.0)
        nearest = starts + along[:, :, None] * edges
        squared = ((nearest - point) ** 2).sum(axis=2)
        least = np.minimum.reduceat(squared, offsets, axis=1)
        owner = np.repeat(np.arange(len(outlines)), sizes)
        edge = np.where(squared == least[:, owner], np.arange(len(starts)), len(starts))
        first = np.minimum.reduceat(edge, offsets, axis=1)
        yield indexes, np.take_along_axis(nearest, first[:, :, None], axis=1)
