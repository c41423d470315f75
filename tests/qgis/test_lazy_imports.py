"""QGIS loads only the plugin's QGIS side: the shell, the client and the protocol, never a module of the
model side (the model process, the models, batch jobs, training), which import torch & co."""

import json
import subprocess
import sys

from tests.conftest import REPO_ROOT

MODEL_SIDE = tuple(
    f"rrsis_qgis.{package}" for package in ("model_process", "models", "batch", "training", "random_models")
)

# A fresh interpreter: what this test session imported says nothing about what the plugin imports.
LOAD_PLUGIN_SCRIPT = """
import json, sys
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QMainWindow
from qgis.gui import QgsMapCanvas
from pytest_qgis.mock_qgis_classes import MockMessageBar
from pytest_qgis.qgis_interface import QgisInterface
app = QgsApplication([], True)
app.initQgis()
window = QMainWindow()
iface = QgisInterface(QgsMapCanvas(window), MockMessageBar(), window)
import rrsis_qgis
plugin = rrsis_qgis.classFactory(iface)
plugin.initGui()
plugin.show_panel()
from rrsis_qgis.processing.segment_raster import SegmentRasterByText
SegmentRasterByText().initAlgorithm()
plugin.unload()
print(json.dumps(sorted(name for name in sys.modules if name.startswith("rrsis_qgis."))))
"""


def test_the_plugin_in_qgis_loads_nothing_of_the_model_side():
    result = subprocess.run(
        [sys.executable, "-c", LOAD_PLUGIN_SCRIPT], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert {
        "rrsis_qgis.qgis_ui.dock",
        "rrsis_qgis.qgis_ui.controller",
        "rrsis_qgis.processing.provider",
    } <= set(loaded)
    assert [name for name in loaded if name.startswith(MODEL_SIDE)] == []
