"""The real QGIS desktop (under Xvfb) with the plugin deployed into a fresh profile: type, click Segment,
get the layer. Guards what only the full application loads (its OpenGL stack, its plugin machinery)."""

from __future__ import annotations

from PIL import Image

from tests.qgis import desktop as qgis_desktop


def test_segment_in_the_qgis_desktop_application(tmp_path):
    picture = tmp_path / "desktop.jpg"
    outcome = qgis_desktop.main(picture, timeout_s=240)  # exits with a message if QGIS ends early
    assert outcome["layers"].get("all ponds", 0) >= 1, outcome
    assert "polygon(s) for 'all ponds'" in outcome["status"]
    assert Image.open(picture).size == qgis_desktop.SCREEN
