"""The shipped catalogues (de, fr, es, pt, zh) are complete, and the plugin speaks QGIS's language."""

import re
import subprocess
import xml.etree.ElementTree as ElementTree
import zipfile

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QTranslator

from rrsis_qgis.plugin import RrsisPlugin
from tests.conftest import REPO_ROOT


def _messages(path):
    return {
        (context.findtext("name"), message.findtext("source"))
        for context in ElementTree.parse(path).iter("context")
        for message in context.iter("message")
    }


LANGUAGES = ("de", "fr", "es", "pt", "zh")


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_holds_every_user_facing_string_of_the_code(language, tmp_path):
    """pylupdate5 on today's code finds exactly the strings (and contexts) of the shipped catalogue."""
    sources = sorted(str(path) for path in (REPO_ROOT / "rrsis_qgis").rglob("*.py"))
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(tmp_path / "fresh.ts")], check=True)
    assert _messages(tmp_path / "fresh.ts") == _messages(REPO_ROOT / "i18n" / f"rrsis_qgis_{language}.ts")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_is_translated_with_its_placeholders(language):
    catalogue = ElementTree.parse(REPO_ROOT / "i18n" / f"rrsis_qgis_{language}.ts")
    for message in catalogue.iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        assert translation.get("type") != "unfinished" and translation.text, source
        # A lost or renamed {placeholder} would break str.format at run time.
        assert set(re.findall(r"{[^}]*}", translation.text)) == set(re.findall(r"{[^}]*}", source)), source


@pytest.mark.parametrize(
    ("locale", "segment"), [("fr_FR", "Segmenter"), ("zh_CN", "分割"), ("pt_BR", "Segmentar")]
)
def test_the_plugin_follows_the_qgis_user_interface_language(plugin_zip, qgis_iface, locale, segment):
    # plugin_zip: building it compiles i18n/*.qm, which the plugin loads from the checkout too.
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", locale)
    plugin = RrsisPlugin(qgis_iface)
    try:
        plugin.initGui()
        plugin.show_panel()
        assert plugin.dock.segment_button.text() == segment
    finally:
        plugin.unload()
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")


def test_compiled_catalogue_in_zip_translates_dock_strings(plugin_zip, tmp_path):
    zipfile.ZipFile(plugin_zip).extract("rrsis_qgis/i18n/rrsis_qgis_de.qm", tmp_path)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "rrsis_qgis/i18n/rrsis_qgis_de.qm"))
    assert translator.translate("SegmentDock", "Segment") == "Segmentieren"
    assert translator.translate("RrsisPlugin", "Text Segmentation (RRSIS)") == "Textsegmentierung (RRSIS)"
    assert translator.translate("SegmentController", "Export result") == "Ergebnis exportieren"
