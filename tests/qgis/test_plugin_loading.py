"""The plugin zip loads through QGIS's own plugin machinery (qgis.utils), twice, and leaves nothing behind."""

from __future__ import annotations

import sys
import zipfile

import pytest
import qgis.utils
from qgis.core import QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QApplication

from tests.qgis.conftest import RGB

PACKAGE = "rrsis_qgis"


def _own_modules() -> list[str]:
    return [name for name in sys.modules if name == PACKAGE or name.startswith(PACKAGE + ".")]


@pytest.fixture
def installed_plugin_dir(plugin_zip, tmp_path):
    """The zip extracted as into a QGIS profile's plugin folder, importable instead of the checkout."""
    zipfile.ZipFile(plugin_zip).extractall(tmp_path)
    stashed = {name: sys.modules.pop(name) for name in _own_modules()}
    sys.path.insert(0, str(tmp_path))
    qgis.utils.plugin_paths.insert(0, str(tmp_path))
    yield tmp_path
    qgis.utils.plugin_paths.remove(str(tmp_path))
    sys.path.remove(str(tmp_path))
    for name in _own_modules():
        del sys.modules[name]
    sys.modules.update(stashed)


def _flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def _docks() -> list:
    return [widget for widget in QApplication.allWidgets() if widget.objectName() == "RrsisSegmentDock"]


def test_load_unload_load_through_qgis_utils(installed_plugin_dir, qgis_iface):
    qgis.utils.updateAvailablePlugins()
    assert qgis.utils.pluginMetadata(PACKAGE, "name") == "RRSIS Text Segmentation"

    for _round in range(2):
        assert qgis.utils.loadPlugin(PACKAGE)
        assert sys.modules[PACKAGE].__file__.startswith(str(installed_plugin_dir))
        assert qgis.utils.startPlugin(PACKAGE)
        plugin = qgis.utils.plugins[PACKAGE]
        assert _docks() == []  # built when first opened
        plugin.toggle_action.trigger()
        assert len(_docks()) == 1
        assert plugin.dock.windowTitle() == "Text Segmentation (RRSIS)"

        assert qgis.utils.unloadPlugin(PACKAGE)
        _flush_deletions()
        assert _docks() == []
        assert qgis_iface.mainWindow().findChildren(QAction, "RrsisToggleDock") == []
        assert PACKAGE not in sys.modules


def test_action_toggles_dock(qgis_iface, qgis_new_project):
    from rrsis_qgis import classFactory

    QgsProject.instance().addMapLayer(QgsRasterLayer(RGB, "rgb"))  # what Refine clicks on
    main_window = qgis_iface.mainWindow()
    main_window.show()  # as in QGIS; a dock cannot be visible inside a hidden window
    plugin = classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.dock is None
        plugin.toggle_action.trigger()
        assert plugin.dock.isVisible()
        plugin.toggle_action.trigger()
        assert not plugin.dock.isVisible()
        plugin.dock.show()  # closing/opening the dock by other means keeps the button in step
        assert plugin.toggle_action.isChecked()
        # Refine (toolbar, Raster menu, Ctrl+Alt+R) opens the panel if needed and starts the clicks.
        plugin.dock.hide()
        assert plugin.refine_action.shortcut().toString() == "Ctrl+Alt+R"
        plugin.refine_action.trigger()
        assert plugin.dock.isVisible() and plugin.controller.refine_session is not None
        assert plugin.dock.refine_button.isChecked()
        plugin.refine_action.trigger()  # again: the clicks end
        assert plugin.controller.refine_session is None and not plugin.dock.refine_button.isChecked()
    finally:
        plugin.unload()
        main_window.hide()
        _flush_deletions()
    assert _docks() == []
