"""The zip that QGIS's 'Install from ZIP' accepts: one top folder with everything the plugin needs."""

import configparser
import zipfile

REQUIRED_METADATA = [
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
    "tracker",
    "homepage",
    "tags",
    "category",
    "icon",
    "experimental",
    "hasProcessingProvider",
    "changelog",
]


def test_zip_has_one_top_folder_with_plugin_files(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert {name.split("/")[0] for name in names} == {"rrsis_qgis"}
    for required in (
        "rrsis_qgis/__init__.py",
        "rrsis_qgis/metadata.txt",
        "rrsis_qgis/plugin.py",
        "rrsis_qgis/resources/icon.svg",
        "rrsis_qgis/i18n/rrsis_qgis_de.qm",
        "rrsis_qgis/requirements.txt",
        "rrsis_qgis/LICENSE",
    ):
        assert required in names
    assert not [name for name in names if "__pycache__" in name or name.endswith((".pyc", ".ts", ".jpg"))]


def test_metadata_has_every_field_the_plugin_repository_reads(plugin_zip):
    metadata = configparser.ConfigParser()
    metadata.read_string(zipfile.ZipFile(plugin_zip).read("rrsis_qgis/metadata.txt").decode("utf-8"))
    general = metadata["general"]
    assert [key for key in REQUIRED_METADATA if not general.get(key)] == []
    assert general["qgisMinimumVersion"] == "3.22"
    assert f"rrsis_qgis/{general['icon']}" in zipfile.ZipFile(plugin_zip).namelist()


def _installable_on(general, qgis: str) -> bool:
    """The plugin manager's rule: minimum <= QGIS <= maximum, and without a maximum the minimum's major
    version with .99 (which kept plugins that say nothing out of QGIS 4)."""

    def version(text):
        return tuple(int(part) for part in text.split("."))

    minimum = general["qgisMinimumVersion"]
    maximum = general.get("qgisMaximumVersion") or f"{minimum.split('.')[0]}.99"
    needs_qt6 = version(qgis) >= (4, 0)
    return version(minimum) <= version(qgis) <= version(maximum) and (
        not needs_qt6 or general.getboolean("supportsQt6", False)
    )


def test_qgis_4_can_install_it_and_every_tested_qgis_3_still_can(plugin_zip):
    metadata = configparser.ConfigParser()
    metadata.read_string(zipfile.ZipFile(plugin_zip).read("rrsis_qgis/metadata.txt").decode("utf-8"))
    general = metadata["general"]
    assert general["qgisMaximumVersion"] == "4.99" and general.getboolean("supportsQt6")
    for qgis in ("3.22", "3.40", "3.44", "4.0", "4.2"):
        assert _installable_on(general, qgis), qgis
    assert not _installable_on(general, "3.16")
