"""`python -m rrsis_qgis review-stats`, as a real subprocess on real files: the counts of accepted, rejected
and unreviewed polygons in every output format, a layer never reviewed, and the precision and recall of
the accepted polygons against a reference layer (IoU >= 0.5, one to one), in words and as JSON."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
import shapely
from pyogrio import raw
from rasterio.crs import CRS
from rasterio.warp import transform_geom
from shapely.geometry import mapping, shape

from rrsis_qgis.model_process.export import Feature, write_features
from tests.conftest import REPO_ROOT

UTM = CRS.from_epsg(32613).to_wkt()
X, Y = 450000.0, 4440000.0  # where the squares lie, in UTM metres


def _square(column: int, dx: float = 0.0, side: float = 10.0) -> str:
    """A square of ``side`` m in a row of squares 50 m apart, moved ``dx`` m east."""
    x = X + 50 * column + dx
    return shapely.box(x, Y, x + side, Y + side).wkt


# The reviewed result: what was decided on each polygon, and where it lies against the reference squares
# 0 to 3: two accepted on square 0 (one match: one to one), one accepted on square 1 at IoU 0.6, one at
# IoU 0.43 on square 2 (no match), one accepted far from any, one rejected exactly on square 3.
REVIEWED = [
    (_square(0), "accepted"),
    (_square(0, 0.5, 9.5), "accepted"),  # IoU 0.9 with square 0, which is already matched
    (_square(1, 2.5), "accepted"),  # IoU 7.5 / 12.5 = 0.6
    (_square(2, 4.0), "accepted"),  # IoU 6 / 14 = 0.43
    (_square(9), "accepted"),
    (_square(3), "rejected"),
    (_square(4), "unreviewed"),
    (_square(5), None),  # a polygon the review has not reached: NULL
]
REFERENCE = [_square(column) for column in range(4)]


def _cli(*arguments):
    return subprocess.run(
        [sys.executable, "-m", "rrsis_qgis", "review-stats", *map(str, arguments)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _write(path, wkts, reviews=None, crs=UTM):
    rows = [{"expression": "the squares"} for _ in wkts]
    if reviews is not None:
        rows = [{**row, "review": review} for row, review in zip(rows, reviews, strict=True)]
    write_features(path, [Feature(wkt, row) for wkt, row in zip(wkts, rows, strict=True)], crs)
    return path


@pytest.mark.parametrize("suffix", [".gpkg", ".shp", ".geojson"])
def test_counts_of_each_decision_in_every_format(tmp_path, suffix):
    wkts, reviews = zip(*REVIEWED, strict=True)
    layer = _write(tmp_path / f"reviewed{suffix}", wkts, reviews)
    result = _cli(layer)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{layer}: 8 polygon(s): 5 accepted, 1 rejected, 2 unreviewed (6 of 8 reviewed)"
    ]


def test_a_layer_never_reviewed_counts_as_unreviewed_and_says_so(tmp_path):
    layer = _write(tmp_path / "fresh.gpkg", [_square(0), _square(1)])
    result = _cli(layer, "--json")
    assert result.returncode == 0, result.stderr
    numbers = json.loads(result.stdout)
    assert numbers["review_field"] is False
    assert (numbers["accepted"], numbers["rejected"], numbers["unreviewed"]) == (0, 0, 2)
    words = _cli(layer).stdout
    assert "0 accepted, 0 rejected, 2 unreviewed" in words and "no 'review' field" in words


def test_precision_and_recall_of_the_accepted_polygons_against_a_reference(tmp_path):
    wkts, reviews = zip(*REVIEWED, strict=True)
    layer = _write(tmp_path / "reviewed.gpkg", wkts, reviews)
    # The reference in degrees: it is compared where the reviewed polygons lie.
    in_degrees = [
        shape(transform_geom(UTM, "EPSG:4326", mapping(shapely.from_wkt(wkt)))).wkt for wkt in REFERENCE
    ]
    reference = _write(tmp_path / "truth.geojson", in_degrees, crs="EPSG:4326")
    result = _cli(layer, "--reference", reference, "--json")
    assert result.returncode == 0, result.stderr
    scored = json.loads(result.stdout)["reference"]
    # 2 true positives (square 0 once, square 1) among 5 accepted; 2 of the 4 reference squares found.
    assert scored == {
        "path": str(reference),
        "polygons": 4,
        "true_positives": 2,
        "precision": pytest.approx(0.4),
        "recall": pytest.approx(0.5),
    }
    words = _cli(layer, "--reference", reference).stdout.splitlines()
    assert words[-1] == (
        f"Against {reference} (4 polygon(s)), the accepted polygons matched at IoU >= 0.5: "
        "2 true positive(s); precision 0.400, recall 0.500"
    )


def test_nothing_accepted_has_no_precision(tmp_path):
    layer = _write(tmp_path / "rejected.gpkg", [_square(0)], ["rejected"])
    reference = _write(tmp_path / "truth.gpkg", REFERENCE)
    numbers = json.loads(_cli(layer, "--reference", reference, "--json").stdout)["reference"]
    assert (numbers["precision"], numbers["recall"], numbers["true_positives"]) == (None, 0.0, 0)
    assert "precision n/a (nothing accepted), recall 0.000" in _cli(layer, "--reference", reference).stdout


def test_a_geopackage_of_several_layers_needs_the_layer_named(tmp_path):
    path = tmp_path / "results.gpkg"
    for name, review in (("tanks", "accepted"), ("roads", "rejected")):
        geometry = shapely.to_wkb(shapely.MultiPolygon([shapely.from_wkt(_square(0))]))
        raw.write(
            str(path),
            np.array([geometry], dtype=object),
            [np.array([review], dtype=object)],
            fields=["review"],
            crs=UTM,
            driver="GPKG",
            layer=name,
            geometry_type="MultiPolygon",
            append=path.exists(),
        )
    refused = _cli(path)
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        f"rrsis review-stats: {path} holds 2 layers (tanks, roads): name one with --layer"
    )
    assert "1 rejected" in _cli(path, "--layer", "roads").stdout


def test_a_missing_file_is_one_line(tmp_path):
    result = _cli(tmp_path / "nowhere.gpkg")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"rrsis review-stats: LAYER {tmp_path / 'nowhere.gpkg'} cannot be read")
    assert len(result.stderr.strip().splitlines()) == 1
