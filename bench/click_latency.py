"""Corrections by hand: the time of one click, per SAM2.1 size (Hiera-T, Hiera-L; random weights in the
published shapes). `models` (the models' environment): SAM2's prompt encoder and decoder on the view's
cached encoding, against encoding the view again for every click (what a tool without the cache pays),
measured in the same run; then a whole click request through the model process's Segmenter (PSLG-SAM
from its folder, RS2-SAM2 by its catalogue name from a Hugging Face cache, offline) against the decoder
alone, and against a click that reads and resolves again, or whose view is not cached. `qgis` (QGIS's
environment): click to preview in real QGIS, the Refine tool sending the click to the model process,
and the longest stall of QGIS's event loop meanwhile. Targets on 2 CPU cores: click to preview <= 100 ms
(Hiera-T), <= 200 ms (Hiera-L), no stall over 50 ms; on a GPU <= 20 ms per click."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

VIEW = 1024
CLICKS = 12  # per size; the first of them in QGIS encodes the view
TARGETS_MS = {"tiny": 100, "large": 200}
HIERA = {"tiny": "Hiera-T", "large": "Hiera-L"}
ORIGIN, PIXEL = (450000.0, 4440000.0), 0.5  # the bench raster's georeferencing (EPSG:32613)
RS2SAM2_NAME, RS2SAM2_TEXT = "rs2sam2-rrsisd", "the white tanks"


def _prompts(rng) -> tuple[np.ndarray, np.ndarray, tuple | None]:
    """A positive point, sometimes a negative one and a box: the clicks of a correction."""
    points = rng.uniform(50, VIEW - 50, size=(2, 2))
    box = tuple(float(v) for v in (*points.min(axis=0) - 40, *points.max(axis=0) + 40))
    return points, np.array([1, 0]), box if rng.random() < 0.5 else None


def models(sizes: list[str] | None = None, device: str | None = None) -> None:
    import torch

    device = torch.device(device or ("cuda" if torch.cuda.is_available() else "cpu"))
    sizes = sizes or ["tiny", "large"]
    image = np.random.default_rng(0).integers(0, 256, size=(VIEW, VIEW, 3), dtype=np.uint8)
    name = torch.cuda.get_device_name(device) if device.type == "cuda" else "CPU"
    print(
        f"Clicks on a {VIEW}² view in the model process, {name} ({torch.get_num_threads()} threads), "
        f"median and slowest of {CLICKS} clicks (points, some with a box)"
    )
    header = ("SAM2.1", "encode the view once ms", "per click ms", "slowest click ms",
              "per click, encoding again ms (baseline)")  # fmt: skip
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for size in sizes:
        cells = _model_row(size, image, device)
        print("| " + " | ".join(cells) + " |")
    print()
    _requests_table(sizes, image, device, name)


def _model_row(size: str, image: np.ndarray, device) -> tuple[str, ...]:
    import torch
    import transformers

    from bench.model_latency import sync
    from rrsis_qgis.models.common.sam2_config import SAM2_HIERA_TINY, sam2_config
    from rrsis_qgis.models.pslg.config import PSLGConfig
    from rrsis_qgis.models.pslg.predictor import PSLGPredictor
    from rrsis_qgis.random_models.encoders import PRESETS

    torch.manual_seed(0)
    shape = SAM2_HIERA_TINY if size == "tiny" else PRESETS["large"][1]
    predictor = PSLGPredictor(None, transformers.Sam2Model(sam2_config(shape)), PSLGConfig(), size, device)
    rng = np.random.default_rng(1)

    def click_ms(encode: bool = False) -> float:
        if encode:
            predictor.set_image(image)
        sync(device)
        start = time.perf_counter()
        predictor.click(*_prompts(rng))
        sync(device)
        return (time.perf_counter() - start) * 1e3

    encode_ms = click_ms(encode=True)  # the first click on a view encodes it
    clicks = [click_ms() for _ in range(CLICKS)]
    baseline = [click_ms(encode=True) for _ in range(3 if size == "tiny" or device.type == "cuda" else 1)]
    return (
        HIERA[size],
        f"{encode_ms:.0f}",
        f"{statistics.median(clicks):.1f}",
        f"{max(clicks):.1f}",
        f"{statistics.median(baseline):.0f}",
    )


def _requests_table(sizes: list[str], image: np.ndarray, device, name: str) -> None:
    """Whole click requests, as the model process runs each Refine click, against the decoder alone."""
    import huggingface_hub
    import torch

    threads = torch.get_num_threads()
    print(
        f"A click request through the model process's Segmenter on a cached {VIEW}² view (a GeoTIFF), "
        f"{name} ({threads} threads), median / slowest of {CLICKS} clicks: (a) the decoder alone, (b) the "
        "whole request (placing the clicks, the preview mask), (c) the request reading the raster and "
        "resolving the model again (what each click did before the view was cached; 5 clicks), (d) a view "
        "not cached (read, resolve, encode; 3 clicks, 1 for the large sizes on a CPU)"
    )
    header = ("Model", "(a) decoder alone ms", "(b) click request ms", "(b − a) overhead ms",
              "(c) reading and resolving again ms", "(d) view not cached ms")  # fmt: skip
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    offline = huggingface_hub.constants.HF_HUB_OFFLINE
    huggingface_hub.constants.HF_HUB_OFFLINE = True  # RS2-SAM2 by name, from the cache written below
    try:
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            raster = _write_raster(folder / "view.tif", image)
            for size in sizes:
                for model in _bench_models(size, folder):
                    cells = _request_row(*model, raster, device, size)
                    print("| " + " | ".join(cells) + " |")
    finally:
        huggingface_hub.constants.HF_HUB_OFFLINE = offline


def _bench_models(size: str, folder: Path):
    """(label, Segmenter, two names of the same model, the text its clicks refine) per model of ``size``:
    PSLG-SAM from a checkpoint folder, RS2-SAM2 by its catalogue name from a Hugging Face cache."""
    import torch

    from rrsis_qgis.foundation.model_catalog import RS2SAM2_RELEASE
    from rrsis_qgis.model_process.model_manager import ModelManager
    from rrsis_qgis.model_process.segmenter import Segmenter
    from tests.hub_cache import into_hub_cache
    from tests.models_for_tests import pslg_sized, rs2sam2

    pslg = pslg_sized(folder / f"pslg-{size}", size)
    yield f"PSLG-SAM, SAM2.1 {HIERA[size]}", Segmenter(), (str(pslg), str(pslg) + os.sep), ""
    repository = folder / f"repository-{size}"
    if size == "tiny":
        rs2sam2(repository / "rrsisd")
    else:
        from dataclasses import replace

        from rrsis_qgis.random_models.trainable import random_rs2sam2

        torch.manual_seed(0)
        model = random_rs2sam2(preset="large")
        model.config = replace(model.config, train_backbones=True)  # the folder holds SAM2's weights too
        model.save(repository / "rrsisd")
        del model
    into_hub_cache(folder / f"hub-{size}", RS2SAM2_RELEASE, repository)
    manager = ModelManager(cache_dir=folder / f"hub-{size}")
    shapes = "tiny" if size == "tiny" else "BEiT-3 large + Hiera-L"
    names = (RS2SAM2_NAME, f"{RS2SAM2_RELEASE}/rrsisd")
    yield f"RS2-SAM2 `{RS2SAM2_NAME}` ({shapes})", Segmenter(manager), names, RS2SAM2_TEXT


def _request_row(label, segmenter, names, text, raster: Path, device, size: str) -> tuple[str, ...]:
    """(a), (b), (b − a), (c), (d) for one model. The second name asks for the same model another way,
    so that it is resolved again (for RS2-SAM2 a hub lookup), as every click was before."""
    from bench.model_latency import sync
    from rrsis_qgis.foundation.run_settings import RunSettings
    from rrsis_qgis.model_process.segmenter import Segmenter
    from rrsis_qgis.protocol.messages import SegmentRequest

    settings = RunSettings(device=str(device))
    rng = np.random.default_rng(3)

    stages = []  # each request's own timings: read, load (resolving the model), encode, predict

    def request(model: str, expression: str = "", segmenter=segmenter) -> float:
        clicks = _on_map(*_prompts(rng))
        asked = SegmentRequest(str(raster), expression, model, settings=settings, clicks=clicks, preview=True)
        return timed(lambda: stages.append(segmenter.run(asked).timings_ms))

    def timed(call) -> float:
        sync(device)
        start = time.perf_counter()
        call()
        sync(device)
        return (time.perf_counter() - start) * 1e3

    if text:  # RS2-SAM2's clicks refine a result of its own: the text runs on the view first
        segmenter.run(SegmentRequest(str(raster), text, names[0], settings=settings))
    request(names[0])  # encodes the view (PSLG-SAM), fuses the text once (RS2-SAM2)
    predictor = segmenter.manager.loaded
    decoder = [timed(lambda: predictor.click(*_prompts(rng))) for _ in range(CLICKS)]
    whole = [request(names[0]) for _ in range(CLICKS)]
    # A new Segmenter has read nothing; the model asked by its other name is resolved again.
    again = [request(names[(i + 1) % 2], segmenter=Segmenter(segmenter.manager)) for i in range(5)]
    read, resolve = (
        statistics.median(timings[stage] for timings in stages[-5:]) for stage in ("read", "load")
    )
    uncached = []
    for i in range(3 if size == "tiny" or device.type == "cuda" else 1):
        _touch(raster)  # the file's identity changes: the view is read and encoded again
        uncached.append(request(names[i % 2], text))  # a new encoding drops the text clicks refine
    segmenter.unload()
    return (
        label,
        _spread(decoder),
        _spread(whole),
        f"{statistics.median(whole) - statistics.median(decoder):.1f}",
        f"{_spread(again)} (read {read:.1f}, resolve {resolve:.1f})",
        _spread(uncached, 0) + (" (with the text)" if text else ""),
    )


def _spread(times: list[float], digits: int = 1) -> str:
    return f"{statistics.median(times):.{digits}f} / {max(times):.{digits}f}"


def _on_map(points: np.ndarray, labels: np.ndarray, box: tuple | None):
    """The clicks of ``_prompts`` (pixels of the view) in the raster's map coordinates, as QGIS sends them."""
    from rrsis_qgis.protocol.messages import Clicks

    def xy(column: float, row: float) -> tuple[float, float]:
        return ORIGIN[0] + PIXEL * float(column), ORIGIN[1] - PIXEL * float(row)

    positive = tuple(xy(*point) for point, label in zip(points, labels) if label == 1)
    negative = tuple(xy(*point) for point, label in zip(points, labels) if label == 0)
    if box is not None:
        (left, top), (right, bottom) = xy(*box[:2]), xy(*box[2:])
        box = (left, bottom, right, top)
    return Clicks(positive, negative, box)


def _write_raster(path: Path, image: np.ndarray) -> Path:
    import rasterio
    from rasterio.transform import Affine

    transform = Affine(PIXEL, 0, ORIGIN[0], 0, -PIXEL, ORIGIN[1])
    profile = {"driver": "GTiff", "width": VIEW, "height": VIEW, "count": 3, "dtype": "uint8"}
    with rasterio.open(path, "w", **profile, crs="EPSG:32613", transform=transform) as out:
        out.write(image.transpose(2, 0, 1))
    return path


def _touch(path: Path) -> None:
    """A new modification time, as a raster rewritten in place has."""
    stamp = path.stat().st_mtime_ns + 1_000_000_000
    os.utime(path, ns=(stamp, stamp))


def qgis(sizes: list[str] | None = None) -> None:
    """Click to preview in QGIS (offscreen): the Refine tool on a 1024² canvas, the model process running
    PSLG-SAM with SAM2.1 of each size; the first click starts the process, loads and encodes."""

    from bench.qgis_flow import close_panel, open_panel
    from rrsis_qgis.qgis_ui.runtime import close_model_process
    from tests.qgis.panel_probe import EventLoopGaps
    from tests.runtime import made_in_runtime

    panel = open_panel()
    controller, dock, canvas, raster = panel.controller, panel.dock, panel.canvas, panel.raster
    folder = Path(tempfile.mkdtemp())

    stalls = EventLoopGaps()
    print(f"Click to preview in QGIS (offscreen, {VIEW}² canvas, the model process on this machine's CPU)")
    header = ("SAM2.1", "first click ms (process, load, encode)", "click to preview ms", "slowest ms",
              "target ms", "longest event-loop stall ms")  # fmt: skip
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    rng = np.random.default_rng(2)
    for size in sizes or ["tiny", "large"]:
        model = made_in_runtime("pslg_sized", folder / size, size)
        dock.add_model(size, model)
        times, stall = _clicks_to_preview(controller, dock, canvas, raster, rng, stalls)
        close_model_process()
        cells = (
            HIERA[size],
            f"{times[0]:.0f}",
            f"{statistics.median(times[1:]):.0f}",
            f"{max(times[1:]):.0f}",
            str(TARGETS_MS[size]),
            f"{stall:.1f}",
        )
        print("| " + " | ".join(cells) + " |")
    stalls.stop()
    close_panel(panel)


def _clicks_to_preview(controller, dock, canvas, raster, rng, stalls) -> tuple[list[float], float]:
    """Ms from each click to its preview (the first starts the process, loads and encodes), and the
    longest event-loop stall over the clicks after the first."""
    from qgis.core import QgsPointXY
    from qgis.PyQt.QtCore import QCoreApplication, QPoint, Qt
    from qgis.PyQt.QtTest import QTest

    controller.refine(_ask(dock, raster))
    session = controller.refine_session
    answers: list[float] = []
    session.previewed.connect(lambda _result: answers.append(time.perf_counter()))
    times = []
    for click in range(CLICKS + 1):
        pixel = canvas.getCoordinateTransform().transform(
            QgsPointXY(*_map_point(raster.extent(), rng.uniform(0.1, 0.9, size=2)))
        )
        button = Qt.MouseButton.LeftButton if click % 3 else Qt.MouseButton.RightButton
        count = len(answers)
        if click == 1:
            stalls.restart()  # the stall of clicks on an encoded view, not of the process's start
        start = time.perf_counter()
        at = QPoint(round(pixel.x()), round(pixel.y()))
        QTest.mouseClick(canvas.viewport(), button, Qt.KeyboardModifier.NoModifier, at)
        while len(answers) == count and time.perf_counter() - start < 600:
            QCoreApplication.processEvents()
            time.sleep(0.0005)
        times.append((answers[-1] - start) * 1e3)
    session.cancel()
    return times, stalls.longest_ms


def _ask(dock, raster):
    from rrsis_qgis.qgis_ui.dock import PanelRequest

    return PanelRequest(0, "", raster.id(), dock.model_combo.currentData())


def _map_point(extent, fraction) -> tuple[float, float]:
    return (
        extent.xMinimum() + fraction[0] * extent.width(),
        extent.yMinimum() + fraction[1] * extent.height(),
    )


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench.click_latency", description=__doc__)
    parser.add_argument("part", choices=["models", "qgis"])
    parser.add_argument("sizes", nargs="*", help="tiny, large (default: both)")
    parser.add_argument("--device", help="models: cuda, cuda:N or cpu (default: cuda when there is one)")
    args = parser.parse_args()
    if set(args.sizes) - set(HIERA):
        parser.error(f"sizes are {', '.join(HIERA)}")
    if args.part == "models":
        models(args.sizes or None, args.device)
    else:
        qgis(args.sizes or None)
