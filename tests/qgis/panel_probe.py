"""Run in a fresh QGIS process by test_model_process_faults.py and bench/qgis_flow.py: open the panel, click
Segment on the demo scene (the model process starts and loads the model: the first run, the slowest),
wait for the layer, and print as JSON which of the plugin's modules the QGIS process imported and the
longest stall of its event loop (a 1 ms timer's largest gap) from the click to the layer."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path


class EventLoopGaps:
    """The largest gap between ticks of a 1 ms timer on the GUI thread: how long QGIS's event loop
    stalled since ``restart``."""

    def __init__(self) -> None:
        from qgis.PyQt.QtCore import QTimer

        self.gaps, self.last = [0.0], time.perf_counter()
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(1)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def restart(self) -> None:
        self.gaps, self.last = [0.0], time.perf_counter()

    @property
    def longest_ms(self) -> float:
        return 1e3 * max(self.gaps)

    def stop(self) -> None:
        self.timer.stop()


def main() -> None:
    from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer
    from qgis.PyQt.QtCore import QCoreApplication

    app = QgsApplication([], True)
    app.initQgis()
    from qgis.gui import QgsMapCanvas

    from rrsis_qgis.qgis_ui.controller import SegmentController
    from rrsis_qgis.qgis_ui.dock import SegmentDock
    from rrsis_qgis.qgis_ui.runtime import close_model_process
    from tests.runtime import made_in_runtime

    class Iface:  # the two parts of QgisInterface the controller uses
        def __init__(self):
            self.canvas = QgsMapCanvas()
            self.bar = type("Bar", (), {"pushMessage": lambda *args: None})()

        def mapCanvas(self):
            return self.canvas

        def messageBar(self):
            return self.bar

    with tempfile.TemporaryDirectory() as folder:
        scene = made_in_runtime("demo_scene", Path(folder))
        raster = QgsRasterLayer(scene["path"], "scene")
        QgsProject.instance().addMapLayer(raster)
        iface = Iface()
        iface.canvas.setDestinationCrs(raster.crs())
        iface.canvas.setExtent(raster.extent())
        dock = SegmentDock()
        dock.layer_combo.setLayer(raster)
        dock.select_model("synthetic-demo")
        dock.expression_edit.setText(scene["sentence"])
        controller = SegmentController(iface, dock)

        stalls = EventLoopGaps()
        started = time.perf_counter()
        dock.segment_button.click()
        while controller.busy and time.perf_counter() - started < 300:
            QCoreApplication.processEvents()
            time.sleep(0.0005)
        seconds = time.perf_counter() - started
        stalls.stop()
        layers = [
            layer for layer in QgsProject.instance().mapLayers().values() if isinstance(layer, QgsVectorLayer)
        ]
        report = {
            "features": sum(layer.featureCount() for layer in layers),
            "plugin_modules": sorted(name for name in sys.modules if name.startswith("rrsis_qgis.")),
            "longest_stall_ms": stalls.longest_ms,
            "seconds": seconds,
            "status": dock.status_label.text(),
        }
        controller.shutdown()
        close_model_process()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
