"""The real QGIS desktop under Xvfb: the plugin installed with `make deploy` into a fresh profile, a
synthetic scene loaded, an expression typed and Segment clicked in the dock; then a screenshot of the
whole screen (`python -m tests.qgis.desktop --screenshot resources/screenshot.jpg`). With `--refine`
(`--screenshot resources/refine.jpg --refine`) the scene is tests.referring_scene's tanks and the model
the tests' deterministic one (tests.batch_models.PaintedObjects: a click takes the painted object under
it; no trained SAM weights can be downloaded here): "the gray tank" is segmented, then Refine is pressed
and two white tanks clicked on the map, and the screenshot shows their preview.

Needs the `qgis` and `xvfb` Debian packages. The plugin runs its model process in the models'
environment named by RRSIS_QGIS_RUNTIME (`make setup` makes it in .runtime), as it would in the one its
installer makes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

REPOSITORY = Path(__file__).resolve().parents[2]
SCREEN = (1600, 1000)

# Runs inside QGIS (qgis --code) once its main window is up.
STARTUP = """
import json

from qgis.core import QgsMapLayerType, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

layer = iface.addRasterLayer({scene!r}, "synthetic scene")
plugin = plugins["rrsis_qgis"]
plugin.toggle_action.setChecked(True)
dock, controller = plugin.dock, plugin.controller
dock.layer_combo.setLayer(layer)
if {model!r} == "synthetic-demo":
    dock.select_model("synthetic-demo")
else:  # a checkpoint folder
    dock.add_model("deterministic model", {model!r})
dock.expression_edit.setText({sentence!r})
iface.mainWindow().setGeometry(0, 0, {width}, {height})  # no window manager to maximise it


def grab():
    QApplication.primaryScreen().grabWindow(0).save({picture!r})
    layers = QgsProject.instance().mapLayers().values()
    vectors = [layer for layer in layers if layer.type() == QgsMapLayerType.VectorLayer]
    found = {{layer.name(): layer.featureCount() for layer in vectors}}
    with open({outcome!r}, "w", encoding="utf-8") as stream:
        json.dump({{"layers": found, "status": dock.status_label.text()}}, stream)
    # Quit as a user does; an empty project has no memory layers or changes to ask about.
    QgsProject.instance().clear()
    iface.actionExit().trigger()


def wait_for_result():
    if controller.busy:
        QTimer.singleShot(100, wait_for_result)
        return
    iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(2000, refine if {refine!r} else grab)


def refine():  # Refine with nothing selected in the history, and a click on each of the map points
    from qgis.core import QgsPointXY
    from qgis.PyQt.QtCore import QPoint, Qt
    from qgis.PyQt.QtTest import QTest

    dock.history.clearSelection()
    dock.refine_button.click()
    canvas = iface.mapCanvas()
    session = controller.refine_session
    session.previewed.connect(lambda _result: QTimer.singleShot(1500, grab) if not session.task else None)
    for x, y in {clicks!r}:
        pixel = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
        at = QPoint(round(pixel.x()), round(pixel.y()))
        QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def segment():
    iface.mapCanvas().setExtent(layer.extent())
    iface.mapCanvas().refresh()
    dock.segment_button.click()
    QTimer.singleShot(200, wait_for_result)


QTimer.singleShot(3000, segment)
"""


def main(screenshot: Path, timeout_s: int = 300, refine: bool = False) -> dict:
    """Run the scene in QGIS and save the screenshot; returns {"layers": {name: features}, "status": …}.
    ``refine``: then Refine and a click on the map, the screenshot showing the preview."""
    with tempfile.TemporaryDirectory(prefix="rrsis-desktop-") as temporary:
        return _run(Path(temporary), screenshot, timeout_s, refine)


def _run(folder: Path, screenshot: Path, timeout_s: int, refine: bool) -> dict:
    """``main`` in ``folder``, which it may fill: a QGIS profile, the scene, the startup script."""
    from tests.runtime import made_in_runtime

    profile = folder / "profiles" / "default"
    subprocess.run(
        ["make", "-s", "deploy", f"QGIS_PLUGIN_DIR={profile / 'python' / 'plugins'}"],
        cwd=REPOSITORY,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    (profile / "QGIS").mkdir(parents=True)
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\nrrsis_qgis=true\n\n[qgis]\ncheckVersion=false\n", encoding="utf-8"
    )
    if refine:
        scene, model, clicks = _tank_scene(folder)
    else:
        scene, model, clicks = made_in_runtime("demo_scene", folder, "1024", "0.125"), "synthetic-demo", []
    picture, outcome = folder / "screen.png", folder / "outcome.json"
    (folder / "startup.py").write_text(
        STARTUP.format(
            scene=scene["path"],
            sentence=scene["sentence"],
            picture=str(picture),
            outcome=str(outcome),
            width=SCREEN[0],
            height=SCREEN[1],
            refine=refine,
            model=model,
            clicks=clicks,
        ),
        encoding="utf-8",
    )

    xvfb, display = _start_xvfb()
    try:
        environment = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
        }
        if refine:  # the model process (started from this folder) registers the tests' models
            environment["RRSIS_QGIS_MODEL_SETUP"] = "tests.batch_models:register"
        started = time.perf_counter()
        subprocess.run(
            [
                "qgis",
                "--profiles-path",
                str(folder),
                "--nologo",
                "--noversioncheck",
                "--code",
                str(folder / "startup.py"),
            ],
            env=environment,
            cwd=REPOSITORY,
            timeout=timeout_s,
            check=False,
        )
        if not picture.is_file():
            sys.exit(f"QGIS ended after {time.perf_counter() - started:.0f} s without taking the screenshot")
    finally:
        xvfb.terminate()
    Image.open(picture).convert("RGB").save(screenshot, quality=85)
    print(f"Screenshot of the QGIS desktop: {screenshot} ('{scene['sentence']}')")
    return json.loads(outcome.read_text(encoding="utf-8"))


def _tank_scene(folder: Path) -> tuple[dict, str, list[tuple[float, float]]]:
    """tests.referring_scene's tanks as a GeoTIFF, a painted-objects model folder, and the map points of
    tanks a and b."""
    import numpy as np

    from tests.qgis.geotiff import write_geotiff
    from tests.referring_scene import PAINTED, TANKS, tank_scene

    origin, pixel = (450000.0, 4440000.0), 0.5
    path = write_geotiff(folder / "tanks.tif", np.moveaxis(tank_scene(), -1, 0), origin, pixel, "EPSG:32613")
    model = folder / "painted"
    model.mkdir()
    (model / "config.json").write_text(json.dumps({"model_type": "painted-objects", "phrases": PAINTED}))
    clicks = [(origin[0] + pixel * TANKS[name][0], origin[1] - pixel * TANKS[name][1]) for name in "ab"]
    return {"path": path, "sentence": "the gray tank"}, str(model), clicks


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    """An Xvfb on a display number it picks free itself (-displayfd), so that two runs at once (two
    checkouts, a chroot beside the machine) never meet on one display; returns it once it is ready."""
    read_end, write_end = os.pipe()
    screen = f"{SCREEN[0]}x{SCREEN[1]}x24"
    command = ["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"]
    xvfb = subprocess.Popen(command, pass_fds=(write_end,))
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()  # written once the server accepts connections
    if not number:
        xvfb.terminate()
        sys.exit("Xvfb did not start")
    return xvfb, f":{number}"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--screenshot", type=Path, required=True)
    parser.add_argument("--refine", action="store_true", help="then Refine and a click: the preview")
    arguments = parser.parse_args()
    main(arguments.screenshot, refine=arguments.refine)
