"""The shipped German catalogue is complete and loads as Qt translations."""

import subprocess
import xml.etree.ElementTree as ElementTree
import zipfile

from qgis.PyQt.QtCore import QTranslator

from tests.conftest import REPO_ROOT


def _messages(path):
    return {
        (context.findtext("name"), message.findtext("source"))
        for context in ElementTree.parse(path).iter("context")
        for message in context.iter("message")
    }


def test_catalogue_holds_every_user_facing_string_of_the_code(tmp_path):
    """pylupdate5 on today's code finds exactly the strings (and contexts) of the shipped catalogue."""
    sources = sorted(str(path) for path in (REPO_ROOT / "rrsis_qgis").rglob("*.py"))
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(tmp_path / "fresh.ts")], check=True)
    assert _messages(tmp_path / "fresh.ts") == _messages(REPO_ROOT / "i18n" / "rrsis_qgis_de.ts")


def test_every_source_string_is_translated():
    catalogue = ElementTree.parse(REPO_ROOT / "i18n" / "rrsis_qgis_de.ts")
    unfinished = [
        message.findtext("source")
        for message in catalogue.iter("message")
        if message.find("translation").get("type") == "unfinished" or not message.findtext("translation")
    ]
    assert unfinished == []


def test_compiled_catalogue_in_zip_translates_dock_strings(plugin_zip, tmp_path):
    zipfile.ZipFile(plugin_zip).extract("rrsis_qgis/i18n/rrsis_qgis_de.qm", tmp_path)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "rrsis_qgis/i18n/rrsis_qgis_de.qm"))
    assert translator.translate("SegmentDock", "Segment") == "Segmentieren"
    assert translator.translate("RrsisPlugin", "Text Segmentation (RRSIS)") == "Textsegmentierung (RRSIS)"
    assert translator.translate("SegmentController", "Export result") == "Ergebnis exportieren"
