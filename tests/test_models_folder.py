"""Weights survive a plugin upgrade: the plugin manager replaces the plugin's folder on every upgrade, so
downloaded weights live in a models folder outside it (QGIS's profile; RRSIS_QGIS_MODELS), which is
where the offline message tells the analyst to put them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

LOAD_OFFLINE = """
import json
from rrsis_qgis.foundation.errors import ModelNotFound
from rrsis_qgis.model_process.model_manager import ModelManager
import rrsis_qgis
try:
    predictor = ModelManager().load("pslg-sam2-tiny")
    print(json.dumps({"loaded": predictor.name, "plugin": rrsis_qgis.__file__}))
except ModelNotFound as error:
    print(json.dumps({"refused": str(error), "plugin": rrsis_qgis.__file__}))
"""


def _install(plugin_zip, plugins):
    """What QGIS's plugin manager does on install and on every upgrade: the plugin's folder replaced."""
    shutil.rmtree(plugins / "rrsis_qgis", ignore_errors=True)
    zipfile.ZipFile(plugin_zip).extractall(plugins)


def _load(plugins, models, tmp_path) -> dict:
    environment = {
        **os.environ,
        "PYTHONPATH": str(plugins),
        "RRSIS_QGIS_MODELS": str(models),
        "HF_HUB_OFFLINE": "1",  # an offline machine: nothing may come from the hub
        "HF_HUB_CACHE": str(tmp_path / "empty-hub-cache"),
    }
    run = subprocess.run(
        [sys.executable, "-c", LOAD_OFFLINE], cwd=tmp_path, env=environment, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr[-3000:]
    outcome = json.loads(run.stdout.strip().splitlines()[-1])
    assert outcome["plugin"].startswith(str(plugins))  # the installed copy ran, not this checkout
    return outcome


def test_weights_in_the_models_folder_outlive_an_upgrade_of_the_plugin(plugin_zip, tiny_pslg, tmp_path):
    plugins, models = (
        tmp_path / "profile" / "python" / "plugins",
        tmp_path / "profile" / "rrsis_qgis" / "models",
    )
    plugins.mkdir(parents=True)
    _install(plugin_zip, plugins)

    # Offline and nothing there yet: the message says where the weights go, outside the plugin's folder.
    refused = _load(plugins, models, tmp_path)["refused"]
    detector = "IDEA-Research/grounding-dino-tiny"
    assert f"hf download {detector} --local-dir {models / detector}" in refused
    assert str(plugins) not in refused

    # The analyst does as told (here: the tiny random detector and SAM2, saved as the hub publishes them).
    shutil.copytree(tiny_pslg / "detector", models / "IDEA-Research" / "grounding-dino-tiny")
    shutil.copytree(tiny_pslg / "sam2", models / "facebook" / "sam2.1-hiera-tiny")
    assert _load(plugins, models, tmp_path)["loaded"] == "pslg-sam2-tiny"

    _install(plugin_zip, plugins)  # an upgrade
    assert (models / "IDEA-Research" / "grounding-dino-tiny" / "config.json").is_file()
    assert _load(plugins, models, tmp_path)["loaded"] == "pslg-sam2-tiny"


@pytest.mark.parametrize("set_by_administrator", [False, True])
def test_the_model_process_is_told_the_models_folder(set_by_administrator, monkeypatch, tmp_path):
    from rrsis_qgis.client.environment import Runtime
    from rrsis_qgis.foundation.plugin_files import MODELS_VARIABLE

    monkeypatch.delenv(MODELS_VARIABLE, raising=False)
    if set_by_administrator:
        monkeypatch.setenv(MODELS_VARIABLE, str(tmp_path / "shared-models"))
    environment = Runtime(sys.executable, str(tmp_path / "profile-models")).environment()
    chosen = "shared-models" if set_by_administrator else "profile-models"
    assert environment[MODELS_VARIABLE] == str(tmp_path / chosen)
