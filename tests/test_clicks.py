"""Corrections by hand: clicks and boxes in map coordinates, placed on the view's pixels in the model
process, through the real Segmenter and CLI (a deterministic model: tests.batch_models.PaintedObjects;
SAM2's numbers against Meta's own predictor are in test_meta_sam2.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rasterio.warp import transform as reproject_points

from rrsis_qgis.model_process.segmenter import Segmenter
from rrsis_qgis.protocol.messages import Clicks, SegmentRequest
from tests import referring_scene
from tests.conftest import REPO_ROOT
from tests.referring_scene import TANKS
from tests.vector_files import read_vector_file

PIXEL = 0.5
ORIGIN = (450000.0, 4440000.0)


def on_map(column: float, row: float) -> tuple[float, float]:
    """The map coordinates (EPSG:32613) of a pixel of the scene."""
    return ORIGIN[0] + PIXEL * column, ORIGIN[1] - PIXEL * row


@pytest.fixture
def scene(tmp_path):
    return referring_scene.write_tank_scene(tmp_path / "tanks.tif")


def tanks_in(result, raster) -> list[str]:
    """The tanks (by name) whose centre a polygon of the result holds."""
    from shapely import wkt
    from shapely.geometry import Point

    polygons = [wkt.loads(feature.wkt) for feature in result.features]
    return sorted(
        name for name, (x, y) in TANKS.items() if any(p.contains(Point(*on_map(x, y))) for p in polygons)
    )


def run(segmenter, raster, model, clicks, expression="", crs=None, progress=None):
    request = SegmentRequest(
        raster_path=str(raster), expression=expression, model=str(model), clicks=clicks, bounds_crs=crs
    )
    return segmenter.run(request, progress=progress)


def test_a_click_segments_the_object_under_it_and_reuses_the_views_encoding(scene, painted_model):
    segmenter, messages = Segmenter(), []
    a, b = on_map(*TANKS["a"]), on_map(*TANKS["b"])
    result = run(segmenter, scene, painted_model, Clicks(positive=(a,)))
    assert tanks_in(result, scene) == ["a"]
    assert {feature.prompt for feature in result.features} == {"clicks"}
    assert result.features[0].expression == ""

    def heard(_percent, message):
        messages.append(str(message))

    result = run(segmenter, scene, painted_model, Clicks(positive=(a, b)), progress=heard)
    assert tanks_in(result, scene) == ["a", "b"]
    assert "Reusing the image encoding…" in messages and "Encoding the image…" not in messages


def test_a_negative_click_and_a_box_take_objects_out(scene, painted_model):
    segmenter = Segmenter()
    # A box over tanks a, b and c (rows 30..60, columns 30..210): what is inside it.
    x0, y1 = on_map(30, 30)
    x1, y0 = on_map(210, 60)
    box = (x0, y0, x1, y1)
    assert tanks_in(run(segmenter, scene, painted_model, Clicks(box=box)), scene) == ["a", "b", "c"]
    without_b = Clicks(negative=(on_map(*TANKS["b"]),), box=box)
    assert tanks_in(run(segmenter, scene, painted_model, without_b), scene) == ["a", "c"]


def test_clicks_in_another_crs_are_placed_on_the_rasters_pixels(scene, painted_model):
    (longitude,), (latitude,) = reproject_points("EPSG:32613", "EPSG:4326", *zip(on_map(*TANKS["d"])))
    result = run(
        Segmenter(), scene, painted_model, Clicks(positive=((longitude, latitude),)), crs="EPSG:4326"
    )
    assert tanks_in(result, scene) == ["d"]


def test_text_and_clicks_refine_the_texts_result(scene, painted_model):
    """The expression runs first and its result's extent is the box; a negative click takes one out."""
    result = run(
        Segmenter(),
        scene,
        painted_model,
        Clicks(negative=(on_map(*TANKS["b"]),)),
        expression="the two white tanks north of the road",
    )
    assert tanks_in(result, scene) == ["a"]
    assert {feature.prompt for feature in result.features} == {"text + clicks"}


def test_a_click_outside_the_view_or_a_model_without_a_decoder_is_one_message(scene, painted_model):
    far = on_map(-50, 20)
    with pytest.raises(ValueError, match="a click lies outside the raster"):
        run(Segmenter(), scene, painted_model, Clicks(positive=(far,)))
    bright = painted_model.parent / "bright"  # a model that finds objects, without a SAM decoder
    bright.mkdir()
    (bright / "config.json").write_text(json.dumps({"model_type": "bright-objects"}))
    with pytest.raises(ValueError, match="bright-objects cannot take clicks"):
        run(Segmenter(), scene, bright, Clicks(positive=(on_map(*TANKS["a"]),)))
    with pytest.raises(ValueError, match="click on the object or drag a box around it"):
        Clicks()


def test_segment_command_takes_points_and_a_box_in_map_coordinates(scene, painted_model, tmp_path):
    out = tmp_path / "clicked.gpkg"
    script = (
        "import sys; from tests import batch_models; batch_models.register(); "
        "from rrsis_qgis.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    (ax, ay), (bx, by) = on_map(*TANKS["a"]), on_map(*TANKS["b"])
    arguments = ["segment", "--raster", str(scene), "--checkpoint", str(painted_model), "--out", str(out)]
    clicks = ["--point", f"{ax},{ay}", "--point", f"{bx},{by}", "--negative-point", f"{bx},{by}"]
    result = subprocess.run(
        [sys.executable, "-c", script, *arguments, *clicks], cwd=REPO_ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "1 polygon(s) for the clicks" in result.stdout
    assert [attributes["prompt"] for _, attributes in read_vector_file(out).rows] == ["clicks"]

    result = subprocess.run(
        [sys.executable, "-c", script, *arguments, "--overwrite"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "--text, or clicks (--point, --negative-point, --box)" in result.stderr


def test_a_preview_answers_with_the_mask_and_where_its_pixels_lie(scene, painted_model):
    """Each click of a correction is a preview: the mask and its affine (no polygons to vectorize); the
    same clicks without preview give the polygons, and they cover the same pixels."""
    from dataclasses import replace

    from rasterio.transform import Affine as RasterAffine

    request = SegmentRequest(
        raster_path=str(scene), expression="", model=str(painted_model), clicks=Clicks((on_map(*TANKS["d"]),))
    )
    segmenter = Segmenter()
    preview = segmenter.run(replace(request, preview=True))
    assert preview.features == [] and preview.mask.dtype == "uint8"
    column, row = ~RasterAffine(*preview.mask_transform) * on_map(*TANKS["d"])
    assert preview.mask[int(row), int(column)] == 1
    assert preview.mask.sum() == pytest.approx(3.14159 * 10**2, rel=0.15)  # tank d's disc, radius 10 px
    written = segmenter.run(request)
    assert tanks_in(written, scene) == ["d"] and written.mask is None


def test_a_click_on_another_view_encodes_that_view_once(scene, painted_model, painted_encodings):
    """After a zoom the clicks' view is another one: it is encoded at its first click, then reused."""
    segmenter, encodings = Segmenter(), []
    a = on_map(*TANKS["a"])
    west, north = on_map(0, 0)
    east, south = on_map(120, 100)  # the north-west quarter, tank a inside
    for bounds in (None, (west, south, east, north), (west, south, east, north)):
        request = SegmentRequest(
            raster_path=str(scene),
            expression="",
            model=str(painted_model),
            bounds=bounds,
            clicks=Clicks((a,)),
        )
        encoded = len(painted_encodings)
        result = segmenter.run(request)
        assert tanks_in(result, scene) == ["a"]
        encodings.append(len(painted_encodings) - encoded)
    assert encodings == [1, 1, 0]
