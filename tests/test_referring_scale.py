"""`refer` at scale: a huge raster is read only where the selection looks, and the relations over many
candidates give exactly what the pair-by-pair definition gives."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window

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
