"""The cost of running the models in their own process: the longest stall of QGIS's event loop from the
click to the layer (first run: process start and model load included; `stall`, in QGIS's environment),
and the process boundary's overhead per request (request -> reply, minus the time the process itself
spent on the stages), against the same request run in one process (`boundary`, in the models')."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
RUNS = 7


def _stall_ms() -> dict:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "tests.qgis.panel_probe"],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


MODEL_SIDE = tuple(
    f"rrsis_qgis.{name}" for name in ("model_process", "models", "batch", "training", "random_models")
)


def _overhead_ms(side: int, rendered: bool) -> tuple[float, float]:
    """Median boundary overhead of one segment request on a side x side view (rendered: its pixels
    cross; else a GeoTIFF the model process reads), and the median of the same request's whole time in
    this process, with a model that marks bright pixels."""
    from rrsis_qgis.client.environment import Runtime
    from rrsis_qgis.client.process import ModelProcess, RemoteSegmenter
    from rrsis_qgis.model_process.segmenter import Segmenter
    from rrsis_qgis.protocol.messages import RenderedView, SegmentRequest
    from tests import batch_models

    batch_models.register()
    os.environ["RRSIS_QGIS_MODEL_SETUP"] = "tests.batch_models:register"
    rgba = np.zeros((side, side, 4), dtype=np.uint8)
    rgba[..., 3] = 255
    rgba[side // 4 : side // 2, side // 4 : side // 2, :3] = 220
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "config.json").write_text(json.dumps({"model_type": "bright-objects"}))
        if rendered:
            view = RenderedView(rgba, (0.0, 0.0, side, side), "EPSG:32613")
            request = SegmentRequest("", "bright", folder, rendered=view)
        else:
            request = SegmentRequest(_geotiff(rgba, Path(folder) / "view.tif"), "bright", folder)
        process = ModelProcess(Runtime(sys.executable))
        remote = RemoteSegmenter(lambda: process)
        overheads, local = [], []
        try:
            for run in range(RUNS + 1):
                start = time.perf_counter()
                result = remote.run(request)
                total = (time.perf_counter() - start) * 1e3
                if run:  # the first starts the process
                    overheads.append(total - sum(result.timings_ms.values()))
            segmenter = Segmenter()
            for _ in range(RUNS):
                start = time.perf_counter()
                segmenter.run(request)
                local.append((time.perf_counter() - start) * 1e3)
        finally:
            process.close()
    return statistics.median(overheads), statistics.median(local)


def _geotiff(rgba: np.ndarray, path: Path) -> str:
    import rasterio
    from rasterio.transform import from_origin

    side = rgba.shape[0]
    profile = dict(driver="GTiff", width=side, height=side, count=3, dtype="uint8", crs="EPSG:32613")
    with rasterio.open(path, "w", transform=from_origin(0, side, 1, 1), tiled=True, **profile) as out:
        out.write(np.moveaxis(rgba[..., :3], 2, 0))
    return str(path)


def stall() -> None:
    """QGIS's side: the event loop during a first Segment in a fresh QGIS (run in QGIS's environment)."""
    report = _stall_ms()
    print("Model process, seen from QGIS (a panel run of the demo model; the first, so process start and")
    print("model load included)")
    print(f"{'measure':<66}{'value':>10}{'target':>10}")
    label = "longest QGIS event-loop stall, click to layer"
    print(f"{label:<66}{report['longest_stall_ms']:>8.1f}ms{'50 ms':>10}")
    print(f"{'  (that run, click to layer)':<66}{report['seconds']:>9.1f}s{'':>10}")
    side = [name for name in report["plugin_modules"] if name.startswith(MODEL_SIDE)]
    print(f"{'modules of the model side loaded in QGIS':<66}{len(side):>10}{0:>10}")


def boundary() -> None:
    """The models' side: what crossing into the model process costs, against the same request here."""
    print("Model process boundary (request -> reply minus the process's own stage times; bright-pixel model)")
    print(f"{'measure':<66}{'value':>10}{'target':>10}")
    for side, target in ((1024, 15), (4096, 60)):
        for rendered in (True, False):
            overhead, local = _overhead_ms(side, rendered)
            kind = "rendered, pixels cross" if rendered else "GeoTIFF, read there"
            label = f"overhead, {side}² {kind} (whole run in one process: {local:.0f} ms)"
            print(f"{label:<66}{overhead:>8.1f}ms{f'{target} ms':>10}")
