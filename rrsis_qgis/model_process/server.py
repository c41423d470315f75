"""The model process: ``python -m rrsis_qgis.model_process``, started and owned by QGIS (client.process).

It runs the models (torch & co.) so that QGIS never imports them: a crash, a hang or GPU memory held here
cannot touch the QGIS session, and ending this process returns every byte. It reads requests from stdin
and answers on stdout with protocol.messages, written by protocol.codec; everything it or its libraries
print goes to stderr, which QGIS keeps for its log. When stdin closes (QGIS ended, even by a crash) it
exits.

``RRSIS_QGIS_MODEL_SETUP=module:function`` (setup_hook.py) names a function called once at start,
before the first request (and in every Ray worker it starts): it may register more model types
(models.registry.register_model_type) for extensions and tests.
"""

from __future__ import annotations

import os
import platform
import queue
import sys
import threading
import time
import traceback
from importlib import metadata

from ..foundation.cancellation import cancellable
from ..foundation.errors import Cancelled
from ..foundation.plugin_files import plugin_version
from ..protocol import codec
from ..protocol import messages as m
from .segmenter import Segmenter
from .setup_hook import run_setup_hook

ALIVE_INTERVAL_S = 1.0
REPORTED_PACKAGES = ("torch", "torchvision", "transformers", "peft", "safetensors", "rasterio", "numpy")


class ModelServer:
    """One request at a time on the main thread, each to its ``on_<kind>`` handler; a reader thread
    takes ``cancel`` while one runs. Every event and the answer carry the id of the request they belong
    to."""

    def __init__(self, requests_in, replies_out) -> None:
        self.requests_in = requests_in
        self.replies_out = replies_out
        self.segmenter = Segmenter()
        self.pending: queue.Queue = queue.Queue()
        self.cancelled: set[int] = set()  # ids asked to stop: the running request's, or a queued one's
        self.running_id: int | None = None
        self.steps = 0  # cancel checks the running request made: Alive tells QGIS the model moves on
        self.write_lock = threading.Lock()

    # ---- transport --------------------------------------------------------------------------------

    def send(self, message, request_id: int | None = None) -> None:
        """Send under ``request_id``, by default the running request's (0, which no request has, when a
        late word comes from a thread after its request ended: the client drops it)."""
        if request_id is None:
            request_id = self.running_id or 0
        with self.write_lock:
            codec.send(self.replies_out, message, request_id=request_id)

    def read_requests(self) -> None:
        """Reader thread: cancel at once, everything else in order; stdin's end ends the process, and so
        does anything that is not a request (one line on stderr says what): nobody could be answered."""
        while True:
            try:
                request_id, request = codec.receive(self.requests_in)
            except EOFError:
                os._exit(0)  # QGIS is gone: nobody is left to answer, and nothing here is worth saving
            except Exception as error:  # a reader that died would leave a process that never exits
                print(f"rrsis_qgis model process: unreadable request ({error}); exiting", file=sys.stderr)
                sys.stderr.flush()
                os._exit(2)
            if isinstance(request, m.Cancel):
                self.cancelled.add(request_id)
            else:
                self.pending.put((request_id, request))

    def keep_alive(self) -> None:
        """While a request runs, say so every second, with how far it got: QGIS tells a long model load
        from a dead process, and a model still computing from one that hangs."""
        while True:
            time.sleep(ALIVE_INTERVAL_S)
            running = self.running_id
            if running is not None:
                self.send(m.Alive(self.steps), running)

    def serve(self) -> None:
        threading.Thread(target=self.read_requests, daemon=True).start()
        threading.Thread(target=self.keep_alive, daemon=True).start()
        while True:
            request_id, request = self.pending.get()
            self.steps = 0
            self.running_id = request_id
            try:
                handler = getattr(self, f"on_{request.kind}", None)
                if not isinstance(request, m.Request) or handler is None:
                    raise ValueError(f"the model process has no operation '{request.kind}'")
                if self.is_cancelled():  # given up while it waited its turn
                    raise Cancelled
                with cancellable(self.is_cancelled):
                    reply = handler(request)
                self.send(reply)
            except Exception as error:  # reported there; a bug is also logged here; the process stays
                failure = m.Failure.of(error)
                if failure.type == "unexpected":
                    traceback.print_exc()
                self.send(failure)
            finally:
                self.running_id = None
                self.cancelled.discard(request_id)
            if isinstance(request, m.Shutdown):
                return

    def progress(self, percent: int, message: str) -> None:
        self.steps += 1
        self.send(m.Progress(percent, message))

    def is_cancelled(self) -> bool:
        self.steps += 1
        return self.running_id in self.cancelled

    # ---- one handler per request ------------------------------------------------------------------

    def on_hello(self, request: m.Hello) -> m.HelloReply:
        return m.HelloReply(
            protocol=m.PROTOCOL_VERSION,
            plugin_version=plugin_version(),
            python=platform.python_version(),
            executable=sys.executable,
            pid=os.getpid(),
            packages={name: _version(name) for name in REPORTED_PACKAGES},
            devices=_devices() if request.devices else None,  # imports torch: only when asked
        )

    def on_load(self, request: m.Load) -> m.Loaded:
        manager = self.segmenter.manager
        manager.progress = self._load_progress
        try:
            predictor = manager.load(request.model, request.settings)
        finally:
            manager.progress = None
        return m.Loaded(predictor.name)

    def on_segment(self, request: m.SegmentRequest) -> m.SegmentResult:
        return self.segmenter.run(request, self.progress, self.is_cancelled)

    def on_second_opinion(self, request: m.SecondOpinionRequest) -> m.SecondOpinionResult:
        from .second_opinion import second_opinion

        return second_opinion(self.segmenter, request, self.progress, self.is_cancelled)

    def on_tiles(self, request: m.TilesRequest) -> m.TilesDone:
        """Tiles' features as `Polygons` events while they finish, after one `Planned`."""
        from .tiled_run import tiled_features

        batch, sent = [], time.monotonic()
        for item in tiled_features(request, self.segmenter.manager, self.progress, self.is_cancelled):
            if isinstance(item, m.Planned):
                self.send(item)
            elif isinstance(item, m.TilesDone):
                self.send(m.Polygons(batch))
                return item
            else:
                batch.append(item)
                if time.monotonic() - sent > 0.2:  # a few messages a second, not one per polygon
                    self.send(m.Polygons(batch))
                    batch, sent = [], time.monotonic()
        raise RuntimeError("the tiled run ended without its TilesDone")

    def on_unload(self, request: m.Unload) -> m.Done:
        self.segmenter.unload()
        return m.Done()

    def on_shutdown(self, request: m.Shutdown) -> m.Done:
        return m.Done()

    def _load_progress(self, fraction: float, message: str) -> None:
        if self.is_cancelled():
            raise Cancelled
        self.progress(round(100 * fraction), message)


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _devices() -> m.Devices:
    try:
        import torch
    except ImportError:
        return m.Devices()
    gpus = [torch.cuda.get_device_name(index) for index in range(torch.cuda.device_count())]
    return m.Devices(torch.version.cuda, gpus, torch.backends.mps.is_available())


def main() -> int:
    replies_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # what the models' libraries print (even from C) goes to stderr, never into replies
    sys.stdout = sys.stderr
    run_setup_hook()
    ModelServer(sys.stdin.buffer, replies_out).serve()
    return 0
