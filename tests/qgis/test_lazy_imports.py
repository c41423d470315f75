"""Loading the plugin in QGIS must not pull in the heavy machine-learning stack."""

import json
import subprocess
import sys

from tests.conftest import REPO_ROOT

HEAVY_MODULES = ("torch", "transformers", "peft", "sam2", "rasterio")

# Runs in a fresh interpreter: this test session itself imports torch elsewhere.
LOAD_PLUGIN_SCRIPT = f"""
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
loaded = [name for name in {HEAVY_MODULES!r} if name in sys.modules]
plugin.unload()
print(json.dumps(loaded))
"""


def test_plugin_start_imports_no_heavy_package():
    result = subprocess.run(
        [sys.executable, "-c", LOAD_PLUGIN_SCRIPT], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
