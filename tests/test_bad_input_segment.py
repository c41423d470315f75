"""Bad input to `segment` and `refer` through the command line (issue 37, fourth probe): one line that names
the option or the file and says what is wrong, in the user's words, with nothing printed before it."""

from __future__ import annotations

import json

import numpy as np
import pytest
import rasterio

from rrsis_qgis.model_process.segmenter import Segmenter
from rrsis_qgis.protocol.messages import SegmentRequest
from tests.test_bad_input_cli import RGB, _cli, _refused

LOCAL = 'LOCAL_CS["x",UNIT["metre",1]]'  # an engineering CRS: PROJ has no operation to any other


def _segment(tmp_path, *options, raster=RGB):
    arguments = ["segment", "--raster", raster, "--text", "the lake", "--model", "synthetic-demo"]
    return _cli(*arguments, "--out", tmp_path / "x.gpkg", *options)


@pytest.mark.parametrize("where", [["--extent", "0,0,10,10"], ["--point", "25,-20"]])
def test_an_extent_crs_without_an_operation_to_the_rasters_is_said_not_blamed_on_axes(tmp_path, where):
    result = _segment(tmp_path, *where, "--extent-crs", LOCAL)
    _refused(result, f"--extent-crs cannot be transformed to the coordinate reference system of {RGB}")
    assert "x (easting or longitude) comes first" not in result.stderr


def test_the_panel_hears_the_same_in_its_words():
    request = SegmentRequest(
        raster_path=RGB,
        expression="the lake",
        model="synthetic-demo",
        bounds=(0, 0, 10, 10),
        bounds_crs=LOCAL,
    )
    with pytest.raises(ValueError, match="cannot be transformed to the raster's: PROJ knows no operation"):
        Segmenter().run(request)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--point", "1e308,1e308"], "a click lies outside the raster"),
        (["--box=-1e308,-1e308,1e308,1e308", "--point", "1e308,1e308"], "a click lies outside the raster"),
        (["--extent=0,0,1,1", "--extent-crs", 'LOCAL_CS["x",UNIT["metre",1]'], "is not a coordinate"),
    ],
)
def test_nothing_is_printed_before_the_one_line(tmp_path, options, message):
    _refused(_segment(tmp_path, *options), message)


@pytest.mark.filterwarnings("ignore::rasterio.errors.NotGeoreferencedWarning")  # writing it
def test_a_raster_without_georeferencing_is_said_without_rasterios_warning(tmp_path):
    raster = tmp_path / "plain.tif"
    profile = dict(driver="GTiff", width=40, height=30, count=3, dtype="uint8")
    with rasterio.open(raster, "w", **profile) as dataset:  # what a screenshot gives
        dataset.write(np.full((3, 30, 40), 120, dtype=np.uint8))
    _refused(_segment(tmp_path, raster=raster), "plain.tif has no coordinate reference system")


def _refer(tmp_path, items, expression="the white tank"):
    candidates = tmp_path / "c.json"
    candidates.write_text(json.dumps({"storage tank": items}))
    return candidates, _cli("refer", expression, "--image", RGB, "--candidates", candidates)


@pytest.mark.parametrize("identifier", [None, {"a": 1}, 1.0, True])
def test_a_candidate_id_that_is_not_a_string_or_an_integer_is_refused(tmp_path, identifier):
    _candidates, result = _refer(tmp_path, [{"id": identifier, "box": [0, 0, 10, 10]}])
    shown = json.dumps(identifier)
    _refused(result, f"the candidate of 'storage tank' with the id {shown} needs an id that is a string or")


def test_a_polygon_of_two_points_is_refused_naming_the_candidate(tmp_path):
    candidates, result = _refer(tmp_path, [{"id": "t1", "box": [0, 0, 10, 10], "polygon": [[0, 0], [5, 5]]}])
    _refused(result, f"{candidates}: candidate 't1' of 'storage tank' has a polygon of 2 point(s)")


def test_a_candidate_off_the_image_is_left_unjudged_by_colour_and_said(tmp_path):
    _candidates, result = _refer(tmp_path, [{"id": "t1", "box": [5000, 5000, 5010, 5010]}], "the white tanks")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    answer = json.loads(result.stdout)
    assert answer["notes"] == [
        "colours were not checked for 1 of the 'storage tank': no pixel of the image lies under them"
    ]
    assert answer["selected"] == ["t1"]


def test_a_box_of_1e308_is_measured_without_warnings(tmp_path):
    _candidates, result = _refer(
        tmp_path, [{"id": "t1", "box": [-1e308, -1e308, 1e308, 1e308]}], "white tanks"
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr


@pytest.mark.parametrize("name", [".", "missing.json"])
def test_candidates_that_cannot_be_read_name_the_option_and_the_file(tmp_path, name):
    path = tmp_path / name
    result = _cli("refer", "the tank", "--image", RGB, "--candidates", path)
    _refused(result, f"--candidates {path} cannot be read")
    assert "Errno" not in result.stderr
