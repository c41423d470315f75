"""`refer` at scale: a huge raster is read only where the selection looks, and the relations over many
candidates, or to an anchor of thousands of vertices, give exactly what the pair-by-pair definition
gives."""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window

from rrsis_qgis.referring import relations
from rrsis_qgis.referring.program import Relation
from rrsis_qgis.referring.relations import Outlines, boxes, nearest_boxes, nearest_outlines
from rrsis_qgis.referring.select import MISS, RELATION_KINDS, Candidate, Frame, _relation_fits
from tests import referring_pairwise as pairwise
from tests.conftest import REPO_ROOT

SIDE = 20_000  # 3 x 20,000² bytes = 1.2 GB when read whole; a few hundred kB on disk (sparse tiles)


def _sparse_raster(path):
    """A 20,000² RGB GeoTIFF whose tiles are empty but for a white and a gray square near its centre."""
    profile = dict(
        driver="GTiff", width=SIDE, height=SIDE, count=3, dtype="uint8", crs="EPSG:32613",
        transform=from_origin(450000, 4440000, 0.5, 0.5), tiled=True, blockxsize=512, blockysize=512,
        compress="deflate", sparse_ok=True,
    )  # fmt: skip
    with rasterio.open(path, "w", **profile) as dataset:
        dataset.write(np.full((3, 40, 40), 240, np.uint8), window=Window(10_000, 10_000, 40, 40))
        dataset.write(np.full((3, 40, 40), 120, np.uint8), window=Window(10_100, 10_000, 40, 40))
    return path


def test_refer_on_a_huge_raster_reads_only_what_the_colours_need(tmp_path):
    image = _sparse_raster(tmp_path / "huge.tif")
    candidates = {
        "storage tank": [
            {"id": "white", "box": [10_000, 10_000, 10_040, 10_040], "score": 0.6},
            {"id": "gray", "box": [10_100, 10_000, 10_140, 10_040], "score": 0.9},
        ]
    }
    (tmp_path / "c.json").write_text(json.dumps(candidates))
    arguments = ["refer", "the white tank", "--image", str(image), "--candidates", str(tmp_path / "c.json")]
    # The arrays' peak, as numpy reports its allocations to tracemalloc: the process's peak RSS would
    # also count what a forked child inherits from a large test process (Linux keeps it across exec).
    script = (
        "import sys, tracemalloc\n"
        "tracemalloc.start()\n"
        "from rrsis_qgis.cli import main\n"
        f"status = main({arguments!r})\n"
        "print(tracemalloc.get_traced_memory()[1] // 2**20, file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["selected"] == ["white"]
    peak_mib = int(result.stderr.strip().splitlines()[-1])
    assert peak_mib < 400, f"arrays peaked at {peak_mib} MiB for a raster of {3 * SIDE**2 // 2**20} MiB"


def _random_candidates(rng, prefix, count, side=2000.0):
    """``count`` candidates over a ``side``² view: boxes of 2 to 60 px (a few of 600), half of them with a
    polygon outline (a rotated quadrilateral or a hexagon inside the box), a few touching or overlapping."""
    candidates = []
    for index in range(count):
        width, height = rng.uniform(2, 60, size=2) * (10 if rng.random() < 0.02 else 1)
        x0, y0 = rng.uniform(0, side - width), rng.uniform(0, side - height)
        if rng.random() < 0.1 and candidates:  # snapped to an earlier one's corner: a gap of exactly 0
            x0, y0 = candidates[-1].box[2], candidates[-1].box[1]
        box = (x0, y0, x0 + width, y0 + height)
        polygon = ()
        if rng.random() < 0.5:
            corners = rng.integers(4, 7)
            angles = np.sort(rng.uniform(0, 2 * np.pi, corners))
            cx, cy = x0 + width / 2, y0 + height / 2
            polygon = tuple((cx + width / 2 * np.cos(a), cy + height / 2 * np.sin(a)) for a in angles)
        candidates.append(Candidate(f"{prefix}{index}", box, float(rng.uniform(0.3, 0.9)), polygon))
    return candidates


def _relations():
    for kind in RELATION_KINDS:
        second = "dam" if kind == "between" else None
        yield Relation(kind, "road", second)
        if kind in ("near", "far_from"):
            yield Relation(kind, "road", distance_m=25.0)
        if kind == "between":  # "between the two roads": each target's two nearest
            yield Relation(kind, "road")


def _middles(anchors, count: int = 8) -> list:
    """The centres of the first ``count`` anchors' boxes (inside them: their outlines are convex)."""
    return [((a.box[0] + a.box[2]) / 2, (a.box[1] + a.box[3]) / 2) for a in anchors[:count]]


# At scale the boxes that meet are found through a grid; a view's few candidates (fewer pairs than
# `relations.ALL_PAIRS`) are all tested against each other: both ways must be the definition.
SCENES = {"at_scale": (300, 200, 2000), "a_view": (30, 30, 600)}


@pytest.mark.parametrize("scene", SCENES)
@pytest.mark.parametrize(
    "relation", list(_relations()), ids=lambda r: f"{r.kind}-{r.second_anchor or r.distance_m}"
)
def test_the_relations_of_all_candidates_at_once_are_those_judged_pair_by_pair(relation, scene):
    count, others, side = SCENES[scene]
    rng = np.random.default_rng(7)
    targets, anchors = _random_candidates(rng, "t", count, side), _random_candidates(rng, "a", others, side)
    anchors += targets[: count // 3]  # "the car next to another car": a target is never its own anchor
    # "the car in the middle of the road": small targets at some anchors' centres
    targets += [
        Candidate(f"m{k}", (x - 1, y - 1, x + 1, y + 1), 0.5) for k, (x, y) in enumerate(_middles(anchors))
    ]
    seconds = _random_candidates(rng, "s", count // 3, side) if relation.second_anchor else []
    frame = Frame(side, side, north=(0.6, -0.8), east=(0.8, 0.6), pixel_size_m=0.5)  # a rotated view
    fits = _relation_fits(targets, relation, anchors, seconds, frame)
    expected = [pairwise.relation_fit(c, relation, anchors, seconds, frame) for c in targets]
    np.testing.assert_allclose(fits, expected, rtol=1e-12, atol=1e-12)
    assert sorted(set(fits.tolist())) != [MISS]  # the scene has fitting candidates of every kind


def test_each_candidates_nearest_anchor_is_the_first_of_the_nearest():
    rng = np.random.default_rng(11)
    targets, anchors = _random_candidates(rng, "t", 300), _random_candidates(rng, "a", 300)
    gaps, nearest = nearest_boxes(boxes(targets), boxes(anchors))
    for candidate, found, distance in zip(targets, nearest, gaps, strict=True):
        expected = min(anchors, key=lambda anchor, c=candidate: _box_gap(c.box, anchor.box))
        assert anchors[found] is expected and distance == pytest.approx(_box_gap(candidate.box, expected.box))
    outlines = [Outlines([c.outline for c in group]) for group in (targets, anchors)]
    gaps, nearest = nearest_outlines(*outlines)
    for candidate, found, distance in zip(targets, nearest, gaps, strict=True):
        expected = pairwise.nearest(candidate, anchors)
        assert anchors[found] is expected and distance == pytest.approx(pairwise.gap(candidate, expected))


def test_between_boxes_alone_the_nearest_outline_is_the_nearest_box_and_the_rest_is_judged_on_edges():
    """Candidates that are boxes alone (a detector's box, a rectangle along the axes) take the boxes'
    gaps; one traced outline among them takes every outline's edges. Both as judged pair by pair."""
    rng = np.random.default_rng(12)
    for count in (20, 300):  # every pair at once, and the grid
        targets, anchors = _random_candidates(rng, "t", count), _random_candidates(rng, "a", count)
        targets = [Candidate(c.id, c.box, c.score) for c in targets]
        anchors = [Candidate(c.id, c.box, c.score) for c in anchors]
        outlines = [Outlines([c.outline for c in group]) for group in (targets, anchors)]
        assert outlines[0].rectangles.all() and outlines[1].rectangles.all()
        for skip in (None, np.arange(count)[:, None]):  # a target may not have the anchor of its index
            gaps, nearest = nearest_outlines(*outlines, skip)
            for k, (candidate, found, distance) in enumerate(zip(targets, nearest, gaps, strict=True)):
                allowed = [a for n, a in enumerate(anchors) if skip is None or n != k]
                expected = pairwise.nearest(candidate, allowed)
                assert anchors[found] is expected
                assert distance == pytest.approx(pairwise.gap(candidate, expected), abs=1e-9)
    turned = Outlines([np.array([[0.0, 0.0], [2.0, 1.0], [1.0, 3.0], [-1.0, 2.0]])])
    assert not turned.rectangles.any()  # four points, but not along the axes: its edges are judged


def _box_gap(first, second) -> float:
    dx = max(second[0] - first[2], first[0] - second[2], 0.0)
    dy = max(second[1] - first[3], first[1] - second[3], 0.0)
    return float(np.hypot(dx, dy))


def test_refer_with_ten_thousand_targets_near_ten_thousand_anchors_takes_seconds(tmp_path):
    """The pair-by-pair loop took 141 s here; all at once it takes a few seconds (the bench: 100,000)."""
    rng = np.random.default_rng(3)
    side = 40 * int(np.sqrt(20_000))
    corners = rng.uniform(0, side - 30, size=(20_000, 2))
    ends = corners + rng.uniform(4, 30, size=(20_000, 2))
    items = [{"id": str(i), "box": [*c, *e], "score": 0.5} for i, (c, e) in enumerate(zip(corners, ends))]
    (tmp_path / "c.json").write_text(json.dumps({"storage tank": items[:10_000], "road": items[10_000:]}))
    image = tmp_path / "view.tif"
    profile = dict(driver="GTiff", width=side, height=side, count=3, dtype="uint8", sparse_ok=True)
    with rasterio.open(
        image, "w", tiled=True, crs="EPSG:32613", transform=from_origin(0, side, 1, 1), **profile
    ):
        pass
    command = [sys.executable, "-m", "rrsis_qgis", "refer", "all tanks near the roads", "--image", str(image)]
    command += ["--candidates", str(tmp_path / "c.json")]
    result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert 0 < len(json.loads(result.stdout)["selected"]) < 10_000


# Relations to a detailed anchor (issue #36): a road's or a field's outline of thousands of vertices is
# searched run by run of its edges (`relations.RUN`), near each target, not edge by edge.


def _outline_candidate(identifier: str, points: np.ndarray) -> Candidate:
    return Candidate(identifier, (*points.min(axis=0), *points.max(axis=0)), 0.8, tuple(map(tuple, points)))


def _band(rng, vertices: int, side: float, width: float, amplitude: float) -> np.ndarray:
    """A wavy road across the view, ``vertices`` in all along both of its jagged sides."""
    xs = np.linspace(0, side, vertices // 2)
    ys = side / 2 + amplitude * np.sin(xs / (side / 9)) + 0.15 * width * rng.standard_normal(len(xs))
    return np.concatenate([np.stack([xs, ys - width / 2], 1), np.stack([xs[::-1], ys[::-1] + width / 2], 1)])


def _arc(centre, inner: float, outer: float, vertices: int) -> np.ndarray:
    """A concave, hole-free shape: most of a ring, open on the right."""
    angles = np.linspace(0.5, 2 * np.pi - 0.5, vertices // 2)
    radii = np.concatenate([np.full(len(angles), outer), np.full(len(angles), inner)])
    angles = np.concatenate([angles, angles[::-1]])
    return np.stack([centre[0] + radii * np.cos(angles), centre[1] + radii * np.sin(angles)], 1)


def _star(rng, vertices: int, centre, radius: float, wiggle: float) -> np.ndarray:
    """A simple polygon around ``centre``, concave where ``wiggle`` is large."""
    angles = np.sort(rng.uniform(0, 2 * np.pi, vertices))
    radii = radius * (1 + wiggle * rng.uniform(-1, 1, vertices))
    return np.stack([centre[0] + radii * np.cos(angles), centre[1] + radii * np.sin(angles)], 1)


@pytest.fixture(scope="module")
def detailed_scene():
    """Targets on, across, beside and far from a 2,000-vertex road and inside and around a 900-vertex
    concave arc, among a few small anchors; and the definition's gaps, computed once for all kinds."""
    rng = np.random.default_rng(17)
    side = 600.0
    road = _band(rng, 2000, side, 24.0, 110.0)
    anchors = [_outline_candidate("road", road), _outline_candidate("arc", _arc((150, 150), 60, 90, 900))]
    anchors += _random_candidates(rng, "a", 6, side)
    targets = _random_candidates(rng, "t", 12, side)
    for index, vertex in enumerate(road[rng.choice(len(road), 8, replace=False)]):  # on and across the road
        centre = vertex + rng.uniform(-15, 15, 2)
        targets.append(_outline_candidate(f"r{index}", _star(rng, 7, centre, rng.uniform(4, 14), 0.3)))
    for index, column in enumerate(rng.choice(len(road) // 2, 3, replace=False)):  # bridges across it
        centre = (road[column] + road[-1 - column]) / 2
        bar = centre + np.array([(-3, -40), (3, -40), (3, 40), (-3, 40)])
        targets.append(_outline_candidate(f"b{index}", bar))
    for index, angle in enumerate(rng.uniform(0, 2 * np.pi, 5)):  # in the arc's hollow, on it, outside
        centre = np.array([150, 150]) + rng.uniform(10, 110) * np.array([np.cos(angle), np.sin(angle)])
        targets.append(_outline_candidate(f"c{index}", _star(rng, 6, centre, 8, 0.3)))
    anchors += targets[-3:]  # "the car next to another car": never its own anchor
    seconds = _random_candidates(rng, "s", 5, side)
    frame = Frame(side, side, north=(0.6, -0.8), east=(0.8, 0.6), pixel_size_m=0.5)
    return targets, anchors, seconds, frame, {}


@pytest.mark.parametrize(
    "relation", list(_relations()), ids=lambda r: f"{r.kind}-{r.second_anchor or r.distance_m}"
)
def test_the_relations_to_a_detailed_anchor_are_those_judged_pair_by_pair(
    relation, detailed_scene, monkeypatch
):
    targets, anchors, seconds, frame, known = detailed_scene
    definition = pairwise.gap

    def gap(first, second):  # the definition's own gap, once a pair: the kinds share their nearest anchors
        if (first.id, second.id) not in known:
            known[first.id, second.id] = definition(first, second)
        return known[first.id, second.id]

    monkeypatch.setattr(pairwise, "gap", gap)
    seconds = seconds if relation.second_anchor else []
    fits = _relation_fits(targets, relation, anchors, seconds, frame)
    expected = [pairwise.relation_fit(c, relation, anchors, seconds, frame) for c in targets]
    np.testing.assert_allclose(fits, expected, rtol=1e-12, atol=1e-12)
    assert sorted(set(fits.tolist())) != [MISS]


def test_relations_to_a_5000_vertex_road_work_near_each_car_not_over_every_edge():
    """1,000 cars north of, near and on a wavy 5,000-vertex road: each car's point against every edge of
    the road (the way before runs) filled pieces of `relations.CHUNK` (point, edge) pairs, arrays of 270 to
    690 MiB, and took some 40 s for 'north of' alone; the runs near each car fill some 35 MiB."""
    rng = np.random.default_rng(5)
    side = 8000.0
    road = _outline_candidate("road", _band(rng, 5000, side, 60.0, 600.0))
    ellipse = np.linspace(0, 2 * np.pi, 12, endpoint=False)
    ellipse = np.stack([8 * np.cos(ellipse), 4 * np.sin(ellipse)], 1)
    cars = [_outline_candidate(f"car{k}", c + ellipse) for k, c in enumerate(rng.uniform(0, side, (1000, 2)))]
    frame = Frame(side, side, pixel_size_m=0.3)
    tracing = tracemalloc.is_tracing()
    tracemalloc.start()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    try:
        fits = [
            _relation_fits(cars, Relation(kind, "road"), [road], [], frame)
            for kind in ("north_of", "near", "inside")
        ]
        peak_mib = (tracemalloc.get_traced_memory()[1] - before) / 2**20
    finally:
        if not tracing:
            tracemalloc.stop()
    assert all(0 < (fit > MISS).sum() < len(cars) for fit in fits)
    assert peak_mib < 100, f"arrays peaked at {peak_mib:.0f} MiB"


def _reference_nearest(outline: np.ndarray, point: np.ndarray) -> tuple[float, np.ndarray]:
    """Every edge: the distance to the nearest and its nearest point (np.argmin: the first of equals)."""
    starts, vectors = outline, np.roll(outline, -1, axis=0) - outline
    lengths = np.maximum((vectors**2).sum(axis=1), 1e-12)
    along = np.clip(((point - starts) * vectors).sum(axis=1) / lengths, 0.0, 1.0)
    closest = starts + along[:, None] * vectors
    squared = ((closest - point) ** 2).sum(axis=1)
    return float(np.sqrt(squared.min())), closest[np.argmin(squared)]


def _reference_inside(outline: np.ndarray, point: np.ndarray) -> bool:
    """Every edge: the even-odd rule along +x."""
    starts, ends = outline, np.roll(outline, -1, axis=0)
    crosses = (starts[:, 1] > point[1]) != (ends[:, 1] > point[1])
    with np.errstate(divide="ignore", invalid="ignore"):
        x_at = starts[:, 0] + (point[1] - starts[:, 1]) * (ends[:, 0] - starts[:, 0]) / (
            ends[:, 1] - starts[:, 1]
        )
    return bool((crosses & (point[0] < x_at)).sum() % 2)


def _reference_gap(one: np.ndarray, two: np.ndarray) -> float:
    """0 where a vertex of one lies inside the other or two edges cross, else the least distance from a
    vertex of one to an edge of the other."""
    if any(_reference_inside(two, p) for p in one) or any(_reference_inside(one, p) for p in two):
        return 0.0
    least = min(_reference_nearest(b, p)[0] for a, b in ((one, two), (two, one)) for p in a)
    c, d = two, np.roll(two, -1, axis=0)

    def turn(p, q, r):
        return (q[..., 0] - p[..., 0]) * (r[..., 1] - p[..., 1]) - (q[..., 1] - p[..., 1]) * (
            r[..., 0] - p[..., 0]
        )

    for a, b in zip(one, np.roll(one, -1, axis=0), strict=True):
        if np.any((turn(a, b, c) * turn(a, b, d) < 0) & (turn(c, d, a) * turn(c, d, b) < 0)):
            return 0.0
    return least


def _outlines_few_and_many(rng) -> list[np.ndarray]:
    """Outlines of 3 to 12 vertices and of 400 to 2,400 (a road, a spiky field, a concave arc, a square
    whose sides are cut into 100 edges each: its centre is equally near to four of them)."""
    side = np.linspace(0.0, 10.0, 101)[:-1]
    square = np.concatenate([
        np.stack([side, np.zeros(100)], 1), np.stack([np.full(100, 10.0), side], 1),
        np.stack([10.0 - side, np.full(100, 10.0)], 1), np.stack([np.zeros(100), 10.0 - side], 1),
    ])  # fmt: skip
    outlines = [np.roll(square, 150, axis=0) * 20 + 100]  # starting midway along a side
    outlines += [_band(rng, 2400, 600.0, 20.0, 100.0), _star(rng, 1500, (400, 300), 150, 0.4)]
    outlines += [_arc((300, 300), 40, 70, 800)]
    for _ in range(40):
        centre = rng.uniform(0, 600, 2)
        outlines.append(_star(rng, int(rng.integers(3, 13)), centre, rng.uniform(3, 40), rng.uniform(0, 0.6)))
    return outlines


@pytest.mark.parametrize("chunk", ["as set", "tiny"])
def test_distances_insides_and_gaps_on_detailed_outlines_are_those_of_every_edge(chunk, monkeypatch):
    """The runs' boxes only leave out edges that cannot count: the same nearest point (the first of
    equally near edges), the same inside and the same gap as over every edge, in one piece of work or
    in many (`relations.CHUNK`)."""
    if chunk == "tiny":
        monkeypatch.setattr(relations, "CHUNK", 100)
    rng = np.random.default_rng(23)
    shapes = _outlines_few_and_many(rng)
    outlines = Outlines(shapes)
    which = np.concatenate(
        [rng.integers(0, 4, 300), rng.integers(0, len(shapes), 100), np.zeros(5, np.int64)]
    )
    points = rng.uniform(-20, 620, (len(which), 2))
    points[300:400] = [shapes[k].mean(axis=0) + rng.normal(0, 10, 2) for k in which[300:400]]
    points[-5:] = [(200, 200), (160, 160), (240, 160), (240, 240), (160, 240)]  # ties in the square
    distances, nearest = relations.distance_to(outlines, which, points)
    expected = [_reference_nearest(shapes[k], p) for k, p in zip(which, points, strict=True)]
    np.testing.assert_allclose(distances, [d for d, _ in expected], rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(nearest, [p for _, p in expected], rtol=1e-12, atol=1e-9)
    inside = relations.contains(outlines, which, points)
    assert inside.tolist() == [_reference_inside(shapes[k], p) for k, p in zip(which, points, strict=True)]
    assert 50 < inside.sum() < len(which) - 50
    first = np.concatenate([rng.integers(0, 4, 40), rng.integers(0, len(shapes), 60)])
    second = rng.integers(0, len(shapes), len(first))
    gaps = relations.outline_gaps(outlines, first, outlines, second)
    expected = [_reference_gap(shapes[i], shapes[j]) for i, j in zip(first, second, strict=True)]
    np.testing.assert_allclose(gaps, expected, rtol=1e-12, atol=1e-12)
    assert 10 < (gaps == 0).sum() < len(first) - 10
