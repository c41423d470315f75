"""Which raster bands the model sees as red, green and blue: the raster's own colour interpretation by
default (a B-G-R-NIR product is read as R-G-B), or the bands asked for, with a note when they differ."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from rasterio.enums import ColorInterp
from rasterio.transform import from_origin

from rrsis_qgis.cli import main
from rrsis_qgis.model_process.raster import read_window
from rrsis_qgis.protocol.messages import parse_bands

VALUES = {1: 10, 2: 60, 3: 120, 4: 240}  # band -> constant value (blue, green, red, near infrared)


@pytest.fixture
def bgrn(tmp_path):
    path = tmp_path / "bgrn.tif"
    profile = dict(driver="GTiff", width=64, height=48, count=4, dtype="uint8", crs="EPSG:32613")
    with rasterio.open(
        path, "w", transform=from_origin(450000, 4440000, 1, 1), photometric="MINISBLACK", **profile
    ) as out:
        for band, value in VALUES.items():
            out.write(np.full((48, 64), value, dtype=np.uint8), band)
        out.colorinterp = [ColorInterp.blue, ColorInterp.green, ColorInterp.red, ColorInterp.undefined]
    return path


def test_the_raster_colour_interpretation_decides_red_green_blue(bgrn):
    window = read_window(str(bgrn))
    assert window.bands == window.natural_bands == (3, 2, 1)
    assert window.rgb[0, 0].tolist() == [VALUES[3], VALUES[2], VALUES[1]]


def test_bands_asked_for_are_used_and_reported(bgrn, tmp_path, tiny_checkpoint, capsys):
    window = read_window(str(bgrn), bands=(4, 3, 2))
    assert window.rgb[0, 0].tolist() == [VALUES[4], VALUES[3], VALUES[2]]
    out = tmp_path / "x.geojson"
    arguments = [
        "segment",
        "--raster",
        str(bgrn),
        "--text",
        "the field",
        "--checkpoint",
        str(tiny_checkpoint),
    ]
    assert main([*arguments, "--bands", "4,3,2", "--threshold", "0", "--out", str(out)]) == 0
    assert (
        "Note: bands 4,3,2 shown as red, green, blue (the raster's own are 3,2,1)" in capsys.readouterr().out
    )


@pytest.mark.parametrize("text", ["4,3", "a,b,c", "0,1,2", "4;3;2"])
def test_band_lists_that_are_not_three_band_numbers_are_refused(text):
    with pytest.raises(ValueError, match="three band numbers for red, green and blue"):
        parse_bands(text)
