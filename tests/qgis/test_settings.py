"""Settings: stored values, the settings dialog, and what survives a restart of the plugin's panel."""

from __future__ import annotations

import platform
import time
from pathlib import Path

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.qgis_ui.controller import SegmentController
from rrsis_qgis.qgis_ui.dock import SegmentDock
from rrsis_qgis.qgis_ui.runtime import RUNTIME_VARIABLE, current_runtime
from rrsis_qgis.qgis_ui.settings import RrsisSettings
from rrsis_qgis.qgis_ui.settings_dialog import SettingsDialog
from tests.runtime import RUNTIME_PYTHON, in_runtime


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


def test_run_settings_have_defaults_and_are_stored(fresh_settings):
    settings = RrsisSettings()
    assert settings.run_settings == RunSettings()
    assert settings.keep_model_loaded
    settings.run_settings = RunSettings(threshold=0.3, device="cpu")
    assert RrsisSettings().run_settings == RunSettings(threshold=0.3, device="cpu")


def test_a_stored_value_that_is_no_longer_valid_falls_back_to_its_own_default(fresh_settings):
    RrsisSettings().run_settings = RunSettings(device="cpu", threshold=0.3)
    QgsSettings().setValue("rrsis_qgis/precision", "float8")  # edited by hand
    # Only the bad value is replaced; the analyst's other choices stay.
    assert RrsisSettings().run_settings == RunSettings(device="cpu", threshold=0.3)
    QgsSettings().remove("rrsis_qgis")
    QgsSettings().setValue("rrsis_qgis/precision", "float32")
    QgsSettings().setValue("rrsis_qgis/device", "")  # how versions before 0.4 stored "automatic"
    assert RrsisSettings().run_settings == RunSettings(precision="float32")


def test_settings_dialog_stores_every_value_and_the_panel_uses_them(
    fresh_settings, qgis_iface, tiny_checkpoint, tmp_path
):
    dock, controller = _panel(qgis_iface)
    dialog = SettingsDialog(controller.settings, dock)
    dialog.device_combo.setCurrentIndex(dialog.device_combo.findData("cpu"))
    dialog.precision_combo.setCurrentIndex(dialog.precision_combo.findData("float32"))
    dialog.folder_list.addItem(str(tiny_checkpoint))
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findData(str(tiny_checkpoint)))
    dialog.size_limit.setValue(9)
    dialog.threshold.setValue(0.4)
    dialog.min_pixels.setValue(3)
    dialog.simplify.setValue(1.5)
    dialog.output.setFilePath(str(tmp_path / "results.gpkg"))
    dialog.keep_loaded.setChecked(False)
    dialog.accept()
    controller.apply_settings()

    stored = RrsisSettings()
    expected = RunSettings(
        device="cpu",
        precision="float32",
        threshold=0.4,
        min_pixels=3,
        simplify_pixels=1.5,
        max_pixels=9_000_000,
    )
    assert stored.run_settings == expected
    assert stored.checkpoint_folders == [str(tiny_checkpoint)] and stored.last_model == str(tiny_checkpoint)
    assert stored.output_geopackage == str(tmp_path / "results.gpkg") and not stored.keep_model_loaded
    assert controller.run_settings == expected  # the next run uses them
    assert dock.model_combo.currentData() == str(tiny_checkpoint)

    reopened = SettingsDialog(RrsisSettings(), dock)  # shows what is stored
    assert reopened.device_combo.currentData() == "cpu" and reopened.size_limit.value() == 9
    assert reopened.folders() == [str(tiny_checkpoint)] and reopened.default_model() == str(tiny_checkpoint)

    reopened.folder_list.takeItem(0)  # removing the folder takes it out of the panel's model list too
    reopened.accept()
    controller.apply_settings()
    assert str(tiny_checkpoint) not in _models(dock)
    dock.deleteLater()


def test_cancel_stores_nothing(fresh_settings, qgis_iface):
    dock, controller = _panel(qgis_iface)
    dialog = SettingsDialog(controller.settings, dock)
    dialog.device_combo.setCurrentIndex(dialog.device_combo.findData("cpu"))
    dialog.reject()
    assert RrsisSettings().run_settings.device == "auto"
    dock.deleteLater()


def test_a_first_time_panel_on_a_cpu_preselects_the_small_zero_shot_model(fresh_settings, qgis_iface):
    RrsisSettings().run_settings = RunSettings(device="cpu")
    dock, _controller = _panel(qgis_iface)
    assert dock.model_combo.currentData() == "pslg-sam2-tiny"
    dock.deleteLater()
    RrsisSettings().run_settings = RunSettings(device="cuda")  # a choice the analyst made
    dock, _controller = _panel(qgis_iface)
    assert dock.model_combo.currentData() == "pslg-sam2"
    dock.deleteLater()


def _wait_for_versions(dialog, timeout=60.0):
    deadline = time.monotonic() + timeout
    while dialog.probes and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    return dialog.runtime_versions.text()


def test_the_dialog_names_the_model_environment_with_its_python_torch_and_devices(fresh_settings, qgis_iface):
    dock, controller = _panel(qgis_iface)
    dialog = SettingsDialog(controller.settings, dock)
    assert f"set by {RUNTIME_VARIABLE}" in dialog.runtime_label.text()  # the tests' environment
    versions = _wait_for_versions(dialog)
    assert f"Python {platform.python_version()}" in versions
    torch = in_runtime("-c", "import importlib.metadata as m, json; print(json.dumps(m.version('torch')))")
    assert f"torch {torch}" in versions and "CPU" in versions
    dialog.reject()
    dock.deleteLater()


def test_a_chosen_environment_is_checked_stored_and_used(fresh_settings, qgis_iface, monkeypatch, tmp_path):
    monkeypatch.delenv(RUNTIME_VARIABLE)
    dock, controller = _panel(qgis_iface)
    dialog = SettingsDialog(controller.settings, dock)
    assert "The environment the installer makes" in dialog.runtime_label.text()
    dialog.set_runtime_folder(str(tmp_path))  # no Python there
    assert "holds no Python interpreter" in _wait_for_versions(dialog)
    environment = str(Path(RUNTIME_PYTHON).parent.parent)  # the models' environment of the tests
    dialog.set_runtime_folder(environment)
    assert "torch 2" in _wait_for_versions(dialog) and dialog.runtime_label.text() == environment
    dialog.accept()
    assert RrsisSettings().runtime_folder == environment
    assert Path(current_runtime().python).parent == Path(environment) / "bin"
    dock.deleteLater()


def test_the_model_process_keeps_weights_in_the_qgis_profile_where_upgrades_do_not_reach(monkeypatch):
    from qgis.core import QgsApplication

    from rrsis_qgis.foundation.plugin_files import MODELS_VARIABLE

    monkeypatch.delenv(MODELS_VARIABLE, raising=False)
    profile_models = Path(QgsApplication.qgisSettingsDirPath()) / "rrsis_qgis" / "models"
    assert current_runtime().environment()[MODELS_VARIABLE] == str(profile_models)
