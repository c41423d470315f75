"""The model process: ``python -m rrsis_qgis.worker``, started and owned by QGIS (core.model_process).

It runs the models (torch & co.) so that QGIS never imports them: a crash, a hang or GPU memory held here
cannot touch the QGIS session, and ending this process returns every byte. It reads requests from stdin
and answers on stdout in core.worker_protocol's format; everything it or its libraries print goes to
stderr, which QGIS keeps for its messages. When stdin closes (QGIS ended, even by a crash) it exits.

``RRSIS_QGIS_WORKER_SETUP=module:function`` (core.worker_protocol.SETUP_VARIABLE) names a function called
once at start, before the first request: it may register more model types
(models.registry.register_model_type) for extensions and tests.
"""

from __future__ import annotations

import importlib
import os
import platform
import queue
import sys
import threading
import time
import traceback
from dataclasses import asdict
from importlib import metadata

from .core import worker_protocol as wire
from .core.segmentation import Cancelled, Segmenter
from .foundation.errors import RrsisError
from .foundation.plugin_files import plugin_version

ALIVE_INTERVAL_S = 1.0
REPORTED_PACKAGES = ("torch", "torchvision", "transformers", "peft", "safetensors", "rasterio", "numpy")


class WorkerServer:
    """One request at a time on the main thread; a reader thread takes ``cancel`` while one runs."""

    def __init__(self, requests_in, replies_out) -> None:
        self.requests_in = requests_in
        self.replies_out = replies_out
        self.segmenter = Segmenter()
        self.pending: queue.Queue = queue.Queue()
        self.cancel_requested = threading.Event()
        self.busy = threading.Event()
        self.write_lock = threading.Lock()

    # ---- transport --------------------------------------------------------------------------------

    def send(self, header: dict, frames=()) -> None:
        with self.write_lock:
            wire.write_message(self.replies_out, header, frames)

    def read_requests(self) -> None:
        """Reader thread: cancel at once, everything else in order; stdin's end ends the process."""
        while True:
            try:
                header, frames = wire.read_message(self.requests_in)
            except EOFError:
                os._exit(0)  # QGIS is gone: nobody is left to answer, and nothing here is worth saving
            except (wire.ProtocolError, OSError) as error:
                print(f"rrsis_qgis worker: unreadable request ({error}); exiting", file=sys.stderr)
                os._exit(2)
            if header.get("op") == "cancel":
                self.cancel_requested.set()
            else:
                self.pending.put((header, frames))

    def keep_alive(self) -> None:
        """While a request runs, say so every second: QGIS tells a long model load from a hang."""
        while True:
            time.sleep(ALIVE_INTERVAL_S)
            if self.busy.is_set():
                self.send({"event": "alive"})

    # ---- requests ---------------------------------------------------------------------------------

    def serve(self) -> None:
        threading.Thread(target=self.read_requests, daemon=True).start()
        threading.Thread(target=self.keep_alive, daemon=True).start()
        while True:
            header, frames = self.pending.get()
            op = header.get("op")
            self.cancel_requested.clear()
            self.busy.set()
            try:
                handler = getattr(self, f"op_{op}", None)
                if handler is None:
                    raise ValueError(f"the model process has no operation '{op}'")
                reply, reply_frames = handler(header, frames)
                self.send({"reply": op, **reply}, reply_frames)
            except (Cancelled, RrsisError, ValueError, OSError) as error:
                self.send({"error": wire.error_to_wire(error)})
            except Exception as error:  # logged here, reported there; the process stays usable
                traceback.print_exc()
                self.send({"error": wire.error_to_wire(error)})
            finally:
                self.busy.clear()
            if op == "shutdown":
                return

    def progress(self, percent: int, message: str) -> None:
        self.send({"event": "progress", "percent": percent, "message": wire.message_to_wire(message)})

    def op_hello(self, header: dict, frames) -> tuple[dict, list]:
        reply = {
            "protocol": wire.PROTOCOL_VERSION,
            "plugin_version": plugin_version(),
            "python": platform.python_version(),
            "executable": sys.executable,
            "pid": os.getpid(),
            "packages": {name: _version(name) for name in REPORTED_PACKAGES},
        }
        if header.get("devices"):  # imports torch: only when asked (the settings dialog)
            reply["devices"] = _devices()
        return reply, []

    def op_load(self, header: dict, frames) -> tuple[dict, list]:
        from .foundation.run_settings import RunSettings

        manager = self.segmenter.manager
        manager.progress = self._load_progress
        try:
            predictor = manager.load(header["model"], RunSettings(**header["settings"]))
        finally:
            manager.progress = None
        return {"name": predictor.name}, []

    def op_segment(self, header: dict, frames) -> tuple[dict, list]:
        request = wire.request_from_wire(header["request"], frames)
        result = self.segmenter.run(request, self.progress, self.cancel_requested.is_set)
        notes = [wire.message_to_wire(note) for note in self.segmenter.notes]
        return {"result": wire.result_to_wire(result), "notes": notes}, []

    def op_tiles(self, header: dict, frames) -> tuple[dict, list]:
        """A whole raster (or region) on tiles: ``planned`` first, then ``polygons`` as tiles finish."""
        from .batch.engines import LocalEngine, RayEngine, TileJob, WorkItem, engine_tile_polygons
        from .core.tiling import open_tiled_raster, pixel_region, plan_tiles

        job = TileJob.from_json(header["job"])
        path, bounds, bands = header["path"], header.get("bounds"), header.get("bands")
        stretch = wire.stretch_from_wire(header.get("stretch"))
        region = None if bounds is None else pixel_region(path, tuple(bounds))
        raster = open_tiled_raster(path, region, bands and tuple(bands), stretch)
        tiles = plan_tiles(raster.width, raster.height, header["tile"], header["overlap"], region)
        self.send({"event": "planned", "tiles": len(tiles)})
        address = header.get("ray_address")
        manager = self.segmenter.manager
        engine = RayEngine(job, address) if address else LocalEngine(job, manager)
        items = [WorkItem(f"0-{number}", raster, tile) for number, tile in enumerate(tiles)]
        batch, sent = [], time.monotonic()
        try:
            for polygon in engine_tile_polygons(
                engine,
                items,
                job.settings.min_pixels * raster.pixel_area,
                progress=lambda fraction, message: self.progress(round(100 * fraction), message),
                is_cancelled=self.cancel_requested.is_set,
            ):
                batch.append(asdict(polygon))
                if time.monotonic() - sent > 0.2:  # a few messages a second, not one per polygon
                    self.send({"event": "polygons", "polygons": batch})
                    batch, sent = [], time.monotonic()
        finally:
            engine.close()
        self.send({"event": "polygons", "polygons": batch})
        return {"tiles": len(tiles)}, []

    def op_unload(self, header: dict, frames) -> tuple[dict, list]:
        self.segmenter.unload()
        return {}, []

    def op_forget_image(self, header: dict, frames) -> tuple[dict, list]:
        self.segmenter.forget_image()
        return {}, []

    def op_shutdown(self, header: dict, frames) -> tuple[dict, list]:
        return {}, []

    def _load_progress(self, fraction: float, message: str) -> None:
        if self.cancel_requested.is_set():
            raise Cancelled
        self.progress(round(100 * fraction), message)


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _devices() -> dict:
    try:
        import torch
    except ImportError:
        return {"cuda": None, "gpus": [], "mps": False}
    gpus = [torch.cuda.get_device_name(index) for index in range(torch.cuda.device_count())]
    return {"cuda": torch.version.cuda, "gpus": gpus, "mps": torch.backends.mps.is_available()}


def main() -> int:
    replies_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # what the models' libraries print (even from C) goes to stderr, never into replies
    sys.stdout = sys.stderr
    setup = os.environ.get(wire.SETUP_VARIABLE)
    if setup:
        module, _, function = setup.partition(":")
        getattr(importlib.import_module(module), function)()
    WorkerServer(sys.stdin.buffer, replies_out).serve()
    return 0


if __name__ == "__main__":
    sys.exit(main())
