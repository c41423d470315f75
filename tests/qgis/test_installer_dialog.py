"""The Install dependencies dialog in real QGIS, against a local folder of tiny wheels."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QApplication

from rrsis_qgis.client.environment import Runtime
from rrsis_qgis.client.installer import InstallPlan, runtime_python
from rrsis_qgis.foundation import dependencies
from rrsis_qgis.plugin import RrsisPlugin
from rrsis_qgis.qgis_ui.dock import SegmentDock
from rrsis_qgis.qgis_ui.installer import InstallerDialog
from rrsis_qgis.qgis_ui.runtime import RUNTIME_VARIABLE, current_runtime, default_runtime_folder
from tests.test_installer import _wheel


def _wait_until_idle(dialog, timeout=120):
    deadline = time.monotonic() + timeout
    while dialog.busy and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()


@pytest.fixture
def local_plan(tmp_path):
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    _wheel(wheels, "rrsis-dummy-gui", "1.0")
    (tmp_path / "requirements.txt").write_text("rrsis-dummy-gui\n")
    (tmp_path / "constraints.txt").write_text("")

    def plan(requirement="rrsis-dummy-gui"):
        (tmp_path / "requirements.txt").write_text(requirement + "\n")
        return InstallPlan(
            target=tmp_path / "profile" / "runtime",
            requirements=tmp_path / "requirements.txt",
            constraints=tmp_path / "constraints.txt",
            extra_pip_arguments=["--no-index", "--find-links", str(wheels)],
        )

    yield plan
    sys.path[:] = [entry for entry in sys.path if not entry.startswith(str(tmp_path))]


def test_install_streams_pips_output_and_makes_an_environment_for_the_model_process(qgis_iface, local_plan):
    dialog = InstallerDialog(qgis_iface.mainWindow(), local_plan())
    installed = []
    dialog.installed.connect(lambda: installed.append(True))
    dialog.install_button.click()
    assert dialog.busy and not dialog.install_button.isEnabled() and dialog.cancel_button.isEnabled()
    _wait_until_idle(dialog)
    assert installed == [True]
    assert "Successfully installed rrsis-dummy-gui-1.0" in dialog.log_view.toPlainText()
    assert dialog.progress_bar.value() == 100 and "Installed" in dialog.status_label.text()
    # An environment for the model process; QGIS's own path stays as it was.
    assert not [entry for entry in sys.path if entry.startswith(str(dialog.plan.target))]
    assert Runtime(str(runtime_python(dialog.plan.target))).missing_packages(["rrsis_dummy_gui"]) == []
    dialog.copy_button.click()
    assert "Successfully installed" in QApplication.clipboard().text()


def test_a_failed_install_shows_pips_error(qgis_iface, local_plan):
    dialog = InstallerDialog(qgis_iface.mainWindow(), local_plan("rrsis-not-on-offer"))
    dialog.install_button.click()
    _wait_until_idle(dialog)
    assert "No matching distribution found for rrsis-not-on-offer" in dialog.status_label.text()
    assert dialog.install_button.isEnabled() and not dialog.plan.target.exists()


def test_an_install_that_cannot_be_put_in_place_ends_failed_not_installing(qgis_iface, local_plan):
    plan = local_plan()
    plan.target.parent.write_text("a file where the plugin's folder belongs")  # the final move fails
    dialog = InstallerDialog(qgis_iface.mainWindow(), plan)
    dialog.install_button.click()
    _wait_until_idle(dialog, timeout=60)
    assert not dialog.busy, "the dialog still says Installing…"
    assert "The installation failed; nothing was changed" in dialog.status_label.text()
    assert "could not be completed" in dialog.status_label.text()
    assert dialog.install_button.isEnabled() and dialog.progress_bar.value() == 0


def test_the_panel_offers_the_installer_only_when_packages_are_missing(qgis_iface, monkeypatch):
    dock = SegmentDock(qgis_iface.mainWindow())
    assert dock.install_button.isHidden()  # the tests' environment has the packages
    monkeypatch.setitem(dependencies.REQUIRED_PACKAGES, "rrsis_no_such_module", "rrsis-no-such-package")
    dock.refresh_dependencies()
    assert not dock.install_button.isHidden() and not dock.segment_button.isEnabled()
    assert not dock.refine_button.isEnabled()  # clicks need the models too
    assert "rrsis-no-such-package" in dock.status_label.text()
    assert "Install dependencies" in dock.status_label.text()
    dock.deleteLater()


def test_before_the_first_install_the_panel_offers_the_installer(qgis_iface, monkeypatch):
    monkeypatch.delenv(RUNTIME_VARIABLE)  # the installer's environment, not made in the tests' profile
    assert not default_runtime_folder().exists()
    dock = SegmentDock(qgis_iface.mainWindow())
    assert not dock.install_button.isHidden() and not dock.segment_button.isEnabled()
    assert "not installed yet" in dock.status_label.text()
    dock.deleteLater()


def test_a_chosen_environment_without_python_is_named_and_nothing_runs(qgis_iface, monkeypatch, tmp_path):
    monkeypatch.setenv(RUNTIME_VARIABLE, str(tmp_path))
    dock = SegmentDock(qgis_iface.mainWindow())
    assert not dock.segment_button.isEnabled() and not dock.install_button.isHidden()
    assert f"{tmp_path} holds no Python interpreter" in dock.status_label.text()
    dock.deleteLater()


def test_the_plugin_leaves_qgis_path_alone_and_runs_models_in_the_installers_environment(
    qgis_iface, monkeypatch
):
    before = list(sys.path)
    RrsisPlugin(qgis_iface)
    assert sys.path == before
    monkeypatch.delenv(RUNTIME_VARIABLE)
    assert Path(current_runtime().python).parent.parent == default_runtime_folder()
