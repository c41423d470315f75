"""The QGIS side of the model process: starts ``python -m rrsis_qgis.worker``, talks to it, ends it.

QGIS never imports torch: it sends plain requests (core.worker_protocol) to a process of its own, which
stays warm between runs. A crash, a kill or an out-of-memory end of that process, a hang (no word within
``reply_timeout_s``), output that is not the protocol, or another plugin version each become one
WorkerFailed naming what happened with the last lines the process wrote; the next request starts a
fresh process. Cancel asks the process to stop at its next step and ends it after a grace period.
"""

from __future__ import annotations

import collections
import contextlib
import os
import queue
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..foundation.errors import WorkerFailed
from ..foundation.plugin_files import PACKAGE_DIR, plugin_version
from . import worker_protocol as wire
from .segmentation import Cancelled, SegmentationResult, SegmentRequest

STDERR_LINES_KEPT = 40
ProgressCallback = Callable[[int, str], None]


@dataclass(frozen=True)
class Runtime:
    """Where the model process runs: the Python of an environment that has the model packages (the
    installer's, or one chosen in the settings); this plugin's own code is put on its path."""

    python: str

    def command(self) -> list[str]:
        return [self.python, "-m", "rrsis_qgis.worker"]

    def environment(self) -> dict[str, str]:
        """QGIS's environment, but the path holds only this plugin: QGIS's own PYTHONPATH (its bindings)
        stays out of the model process."""
        environment = dict(os.environ)
        environment["PYTHONPATH"] = str(PACKAGE_DIR.parent)
        return environment

    def site_packages(self) -> list[str]:
        """The environment's package folders, found beside its Python (venv, conda, a Python install)."""
        root = Path(self.python).parent
        root = root.parent if root.name in ("bin", "Scripts") else root
        folders = [*root.glob("lib/python3*/site-packages"), root / "Lib" / "site-packages"]
        return [str(folder) for folder in folders]

    def missing_packages(self, names: list[str]) -> list[str]:
        """Of the import ``names``, those not in the environment's package folders (found without
        starting it or importing anything)."""
        from importlib.machinery import PathFinder

        folders = self.site_packages()
        return [name for name in names if PathFinder.find_spec(name, folders) is None]


class ModelProcess:
    """One model process and the conversation with it; ``request`` is safe to call from any thread
    (one request at a time)."""

    def __init__(
        self,
        runtime: Runtime,
        reply_timeout_s: float = 60.0,
        cancel_grace_s: float = 3.0,
        log: Callable[[str], None] | None = None,
        command: list[str] | None = None,
    ) -> None:
        self.runtime = runtime
        self.reply_timeout_s = reply_timeout_s
        self.cancel_grace_s = cancel_grace_s
        self.log = log  # gets every line the process writes to stderr (from a reader thread)
        self._command = command or runtime.command()
        self._process: subprocess.Popen | None = None
        self._messages: queue.Queue = queue.Queue()
        self._stderr: collections.deque[str] = collections.deque(maxlen=STDERR_LINES_KEPT)
        self._lock = threading.Lock()
        self.shared_pixels = wire.SharedPixels()  # large images for this process, in shared memory

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self.running else None

    # ---- requests ---------------------------------------------------------------------------------

    def request(
        self,
        op: str,
        fields: dict | None = None,
        frames=(),
        progress: ProgressCallback | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        on_event: Callable[[dict], None] | None = None,
    ) -> tuple[dict, list]:
        """Send one request and wait for its reply, passing progress and other events on; raises the
        error the process reports, Cancelled, or WorkerFailed."""
        with self._lock:
            if not self.running:
                self._start(is_cancelled)
            return self._exchange({"op": op, **(fields or {})}, frames, progress, is_cancelled, on_event)

    def close(self, wait_s: float = 2.0) -> None:
        """Ask the process to exit, and end it if it has not within ``wait_s``; all its memory (GPU
        included) is returned. Safe to call at any time, also while a request waits (it then fails)."""
        self.shared_pixels.close()
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            try:
                wire.write_message(process.stdin, {"op": "shutdown"})
                process.stdin.close()
            except OSError:
                pass
            try:
                process.wait(wait_s)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._process = None

    # ---- the process ------------------------------------------------------------------------------

    def _start(self, is_cancelled) -> None:
        self._messages = queue.Queue()
        self._stderr.clear()
        try:
            process = subprocess.Popen(
                self._command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=self.runtime.environment(),
                bufsize=0,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as error:
            raise WorkerFailed(
                f"The model environment's Python ({self._command[0]}) cannot be started: {error}. Install "
                "the model packages again, or choose another environment in the plugin's settings."
            ) from error
        self._process = process
        threading.Thread(target=self._read_replies, args=(process, self._messages), daemon=True).start()
        threading.Thread(target=self._read_stderr, args=(process,), daemon=True).start()
        hello, _ = self._exchange({"op": "hello"}, (), None, is_cancelled, None)
        if hello.get("protocol") != wire.PROTOCOL_VERSION or hello.get("plugin_version") != plugin_version():
            self._end()
            raise WorkerFailed(
                f"The model environment runs rrsis_qgis {hello.get('plugin_version')} (protocol "
                f"{hello.get('protocol')}), this plugin is {plugin_version()} (protocol "
                f"{wire.PROTOCOL_VERSION}): another copy of the plugin comes first on that environment's "
                "path. Remove it there, or choose another environment in the plugin's settings."
            )

    @staticmethod
    def _read_replies(process: subprocess.Popen, messages: queue.Queue) -> None:
        while True:
            try:
                messages.put(("message", *wire.read_message(process.stdout)))
            except EOFError:
                messages.put(("ended", None, None))
                return
            except Exception as error:  # whatever it was, the conversation is over
                messages.put(("garbage", str(error), None))
                return

    def _read_stderr(self, process: subprocess.Popen) -> None:
        for raw in process.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            self._stderr.append(line)
            if self.log is not None:
                self.log(line)

    def _exchange(self, header, frames, progress, is_cancelled, on_event) -> tuple[dict, list]:
        with contextlib.suppress(OSError):  # the process is gone: the reader says how, below
            wire.write_message(self._process.stdin, header, frames)
        heard = time.monotonic()
        cancel_deadline = None
        while True:
            now = time.monotonic()
            if cancel_deadline is None and is_cancelled is not None and is_cancelled():
                self._send_quietly({"op": "cancel"})
                cancel_deadline = now + self.cancel_grace_s
            if cancel_deadline is not None and now > cancel_deadline:
                self._end()  # it did not stop in time: end it; the next request starts afresh
                raise Cancelled
            if now - heard > self.reply_timeout_s:
                self._end()
                raise self._failure(
                    f"The model process did not answer within {self.reply_timeout_s:.0f} s, so it was ended"
                )
            try:
                kind, message, message_frames = self._messages.get(timeout=0.05)
            except queue.Empty:
                continue
            heard = time.monotonic()
            if kind == "ended":
                raise self._failure(self._how_it_ended())
            if kind == "garbage":
                self._end()
                raise self._failure(f"The model process wrote something that is not a reply ({message})")
            if "event" in message:
                if message["event"] == "progress" and progress is not None:
                    progress(int(message["percent"]), wire.message_from_wire(message["message"]))
                elif message["event"] not in ("progress", "alive") and on_event is not None:
                    on_event(message)
                continue
            if "error" in message:
                raise wire.error_from_wire(message["error"])
            return message, message_frames

    def _send_quietly(self, header: dict) -> None:
        with contextlib.suppress(OSError):
            wire.write_message(self._process.stdin, header)

    def _end(self) -> None:
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()

    def _how_it_ended(self) -> str:
        try:
            code = self._process.wait(5)
        except subprocess.TimeoutExpired:
            self._end()
            code = self._process.returncode
        if code is not None and code < 0:
            return f"The model process was ended by signal {-code} (killed, or out of memory)"
        return f"The model process ended unexpectedly (exit code {code})"

    def _failure(self, what: str) -> WorkerFailed:
        time.sleep(0.1)  # its last stderr lines are usually a moment behind
        tail = "\n".join(list(self._stderr)[-8:])
        detail = f". Its last messages:\n{tail}" if tail else "."
        return WorkerFailed(f"{what}; nothing was added, and the next run starts it again{detail}")


class RemoteSegmenter:
    """core.segmentation.Segmenter's ``run`` through a model process: the same requests, results and
    notes, with the model kept warm in that process between runs. ``process`` gives the process to use
    (asked at each run, so a changed runtime setting takes effect)."""

    def __init__(self, process: Callable[[], ModelProcess]) -> None:
        self.process = process
        self.notes: list[str] = []

    def run(self, request: SegmentRequest, progress=None, is_cancelled=None) -> SegmentationResult:
        self.notes = []
        process = self.process()
        fields, frames = wire.request_to_wire(request, process.shared_pixels)
        reply, _ = process.request("segment", {"request": fields}, frames, progress, is_cancelled)
        self.notes = [wire.message_from_wire(note) for note in reply["notes"]]
        return wire.result_from_wire(reply["result"])

    def unload(self) -> None:
        """End the model process: every byte of its memory, the GPU's included, goes back."""
        self.process().close()

    def forget_image(self) -> None:
        """Encode the next view again even if it is unchanged (e.g. after the raster file changed)."""
        process = self.process()
        if process.running:
            process.request("forget_image")
