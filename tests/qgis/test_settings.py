"""Settings: checkpoint folders and the last model survive a restart of the plugin's panel."""

from __future__ import annotations

import pytest
from qgis.core import QgsSettings

from rrsis_qgis.qgis_ui.controller import SegmentController
from rrsis_qgis.qgis_ui.dock import SegmentDock
from rrsis_qgis.qgis_ui.settings import RrsisSettings


@pytest.fixture
def fresh_settings():
    QgsSettings().remove("rrsis_qgis")
    yield
    QgsSettings().remove("rrsis_qgis")


def _panel(iface):
    dock = SegmentDock(iface.mainWindow())
    return dock, SegmentController(iface, dock)


def _models(dock):
    return [dock.model_combo.itemData(i) for i in range(dock.model_combo.count())]


def test_checkpoint_folder_and_last_model_are_remembered(fresh_settings, qgis_iface, tiny_checkpoint):
    dock, controller = _panel(qgis_iface)
    assert controller.add_checkpoint_folder(str(tiny_checkpoint))
    assert dock.model_combo.currentData() == str(tiny_checkpoint)
    controller.settings.last_model = str(tiny_checkpoint)
    dock.deleteLater()

    reopened, _ = _panel(qgis_iface)
    assert str(tiny_checkpoint) in _models(reopened)
    assert reopened.model_combo.currentData() == str(tiny_checkpoint)
    assert reopened.model_combo.currentText() == f"{tiny_checkpoint.name} (folder)"
    reopened.deleteLater()


def test_a_folder_without_config_is_refused(fresh_settings, qgis_iface, tmp_path):
    dock, controller = _panel(qgis_iface)
    assert not controller.add_checkpoint_folder(str(tmp_path))
    assert "has no config.json" in dock.status_label.text()
    assert str(tmp_path) not in _models(dock)
    assert RrsisSettings().checkpoint_folders == []
    dock.deleteLater()


def test_request_options_have_defaults_and_are_stored(fresh_settings):
    settings = RrsisSettings()
    assert settings.request_options() == {
        "threshold": 0.5,
        "min_pixels": 16,
        "simplify_pixels": 0.0,
        "max_pixels": 4096 * 4096,
        "device": None,
    }
    settings.set_option("threshold", 0.3)
    assert RrsisSettings().request_options()["threshold"] == pytest.approx(0.3)
    with pytest.raises(KeyError):
        settings.set_option("colour", "red")
