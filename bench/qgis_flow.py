"""Click-to-layer time in QGIS for a 1024 x 1024 view, split by stage, with the demo model on the CPU
(`python -m bench.qgis_flow`; offscreen, the dock and controller in a bare main window)."""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

VIEW = 1024


@dataclass
class Panel:
    """QGIS (offscreen) with the panel beside a 1024² canvas showing `make demo`'s scene at 1024 px."""

    app: object
    window: object
    canvas: object
    dock: object
    controller: object
    raster: object
    scene: dict


def open_panel() -> Panel:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pytest_qgis.mock_qgis_classes import MockMessageBar
    from pytest_qgis.qgis_interface import QgisInterface
    from qgis.core import QgsApplication, QgsProject, QgsRasterLayer
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtCore import QSize, Qt
    from qgis.PyQt.QtWidgets import QMainWindow

    from rrsis_qgis.qgis_ui.controller import SegmentController
    from rrsis_qgis.qgis_ui.dock import SegmentDock
    from tests.runtime import made_in_runtime

    app = QgsApplication([], True)
    app.initQgis()
    window = QMainWindow()
    canvas = QgsMapCanvas(window)
    window.setCentralWidget(canvas)
    iface = QgisInterface(canvas, MockMessageBar(), window)
    dock = SegmentDock(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    controller = SegmentController(iface, dock)
    dock.select_model("synthetic-demo")

    folder = Path(tempfile.mkdtemp())
    scene = made_in_runtime("demo_scene", folder, str(VIEW), "0.125")  # `make demo`'s, at 1024 px
    raster = QgsRasterLayer(scene["path"], "scene")
    QgsProject.instance().setCrs(raster.crs())
    QgsProject.instance().addMapLayer(raster)
    dock.layer_combo.setLayer(raster)
    window.resize(VIEW + 420, VIEW)
    window.show()
    canvas.resize(QSize(VIEW, VIEW))
    canvas.setDestinationCrs(raster.crs())
    canvas.setExtent(raster.extent())
    canvas.setLayers([raster])
    canvas.refresh()
    canvas.waitWhileRendering()  # as an analyst sees the raster before asking: its stretch is known
    return Panel(app, window, canvas, dock, controller, raster, scene)


def close_panel(panel: Panel) -> None:
    """Close down as the QGIS desktop does: the plugin first (its model and worker), then the project,
    the window and QGIS itself, while Python still holds them; left to interpreter exit, their C++
    halves are torn down in an undefined order and the process ends in a segmentation fault."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication

    panel.controller.shutdown()
    QgsProject.instance().removeAllMapLayers()
    panel.window.close()
    panel.window.deleteLater()
    QCoreApplication.processEvents()
    panel.app.exitQgis()


def main(runs: int = 3) -> None:
    from qgis.PyQt.QtCore import QCoreApplication

    panel = open_panel()
    dock, controller, scene = panel.dock, panel.controller, panel.scene
    rows = []
    for run in range(runs):
        dock.expression_edit.setText(scene["sentence"])
        clicked = time.perf_counter()
        dock.segment_button.click()
        while controller.busy:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        rows.append({"click to layer": (time.perf_counter() - clicked) * 1e3, **controller.last_timings_ms})
        if run == 0:  # run 2 encodes again with a warm model (the raster looks rewritten); run 3 reuses it
            os.utime(scene["path"])  # its time moves on: another file for the cache
    print(f"QGIS flow: {VIEW}x{VIEW} view, synthetic-demo model on the CPU: '{scene['sentence']}'")
    stages = ["read", "load", "encode", "predict", "vectorize", "add layer", "click to layer"]
    print("| run | " + " | ".join(stages) + " |")
    print("|" + "---|" * (len(stages) + 1))
    for index, row in enumerate(rows):
        print(f"| {index + 1} | " + " | ".join(f"{row.get(stage, 0):.0f} ms" for stage in stages) + " |")
    print("(run 1 loads the model; run 2 encodes again with it warm; run 3 reuses the encoding)")
    close_panel(panel)


if __name__ == "__main__":
    main()
