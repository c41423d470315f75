"""How long QGIS waits for rrsis_qgis: import + classFactory + initGui, in a fresh interpreter each run."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

RUNS = 5

# Imports QGIS first so that only the plugin's own cost is measured.
SCRIPT = """
import json, time
from qgis.core import QgsApplication
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtWidgets import QMainWindow
from pytest_qgis.mock_qgis_classes import MockMessageBar
from pytest_qgis.qgis_interface import QgisInterface
app = QgsApplication([], True)
app.initQgis()
window = QMainWindow()
iface = QgisInterface(QgsMapCanvas(window), MockMessageBar(), window)
start = time.perf_counter()
import rrsis_qgis
imported = time.perf_counter()
plugin = rrsis_qgis.classFactory(iface)
plugin.initGui()
done = time.perf_counter()
plugin.show_panel()
opened = time.perf_counter()
print(json.dumps({"import_ms": (imported - start) * 1e3, "init_gui_ms": (done - imported) * 1e3,
                  "open_ms": (opened - done) * 1e3}))
"""


def main() -> None:
    runs = []
    for _ in range(RUNS):
        output = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
        runs.append(json.loads(output.stdout.strip().splitlines()[-1]))
    print(f"Plugin load (median of {RUNS} fresh interpreters; target: total < 50 ms)")
    print(f"| {'stage':<22} | {'ms':>8} |")
    print(f"|{'-' * 24}|{'-' * 10}|")
    for key, label in (("import_ms", "import rrsis_qgis"), ("init_gui_ms", "classFactory + initGui")):
        print(f"| {label:<22} | {statistics.median(run[key] for run in runs):8.1f} |")
    total = statistics.median(run["import_ms"] + run["init_gui_ms"] for run in runs)
    print(f"| {'total at QGIS start':<22} | {total:8.1f} |")
    opened = statistics.median(run["open_ms"] for run in runs)
    print(f"| {'first opening of panel':<22} | {opened:8.1f} |")
