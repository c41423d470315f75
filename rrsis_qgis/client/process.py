"""QGIS's side of the model process: starts ``python -m rrsis_qgis.model_process``, talks to it, ends it.

QGIS never imports torch: it sends protocol.messages to a process of its own, which stays warm between
runs. A crash, a kill or an out-of-memory end of that process, a hang (no word within
``reply_timeout_s``), output that is not the protocol, or another plugin version each become one
ModelProcessFailed naming what happened with the last lines the process wrote; the next request starts
a fresh process. Cancel asks the process to stop at its next step and ends it after a grace period.

The panel and the Processing algorithm share one process (one model in memory): a request that finds
another running waits its turn, says whose run it waits for, and can be cancelled while it waits.
"""

from __future__ import annotations

import collections
import contextlib
import queue
import subprocess
import threading
import time
from collections.abc import Callable

from ..foundation.errors import Cancelled, ModelProcessFailed
from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from ..foundation.plugin_files import plugin_version
from ..protocol import codec
from ..protocol import messages as m
from ..protocol.shared_memory import SharedPixels
from .environment import Runtime

STDERR_LINES_KEPT = 40
ProgressCallback = Callable[[int, str], None]


class ModelProcess:
    """One model process and the conversation with it; ``request`` is safe to call from any thread: one
    request runs at a time, the others wait their turn."""

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
        self._running_for: str = ""  # whose request holds the process now, said to those who wait
        self.shared_pixels = SharedPixels()  # large images for this process, in shared memory

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self.running else None

    # ---- requests ---------------------------------------------------------------------------------

    def request(
        self,
        request: m.Request,
        progress: ProgressCallback | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        on_event: Callable[[m.Event], None] | None = None,
        requester: str = "",
    ):
        """Send one request and wait for its reply (a message of ``request.Reply``), passing progress and
        other events on; raises the error the process reports, Cancelled, or ModelProcessFailed.
        ``requester`` (a Message such as "the panel") is what others waiting behind this request hear."""
        self._wait_turn(progress, is_cancelled)
        try:
            self._running_for = requester
            if not self.running:
                self._start(is_cancelled)
            return self._exchange(request, progress, is_cancelled, on_event)
        finally:
            self._running_for = ""
            self._lock.release()

    def _wait_turn(self, progress, is_cancelled) -> None:
        """Take the process, or wait for it: say whose run is in the way, and stop waiting on Cancel."""
        said = False
        while not self._lock.acquire(timeout=0.05):
            if is_cancelled is not None and is_cancelled():
                raise Cancelled
            if not said and progress is not None:
                holder = self._running_for or Message(QT_TRANSLATE_NOOP("messages", "another run"))
                waiting = QT_TRANSLATE_NOOP("messages", "Waiting for {holder} to finish…")
                progress(0, Message(waiting, holder=holder))
                said = True

    def close(self, wait_s: float = 2.0) -> None:
        """Ask the process to exit, and end it if it has not within ``wait_s``; all its memory (GPU
        included) is returned. Safe to call at any time, also while a request waits (it then fails)."""
        self.shared_pixels.close()
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            try:
                codec.send(process.stdin, m.Shutdown())
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
            raise ModelProcessFailed(
                f"The model environment's Python ({self._command[0]}) cannot be started: {error}. Install "
                "the model packages again, or choose another environment in the plugin's settings."
            ) from error
        self._process = process
        threading.Thread(target=self._read_replies, args=(process, self._messages), daemon=True).start()
        threading.Thread(target=self._read_stderr, args=(process,), daemon=True).start()
        hello = self._exchange(m.Hello(), None, is_cancelled, None)
        if hello.protocol != m.PROTOCOL_VERSION or hello.plugin_version != plugin_version():
            self._refuse_version(hello.plugin_version, hello.protocol)

    def _refuse_version(self, version, protocol) -> None:
        self._end()
        raise ModelProcessFailed(
            f"The model environment runs rrsis_qgis {version} (protocol {protocol}), this plugin is "
            f"{plugin_version()} (protocol {m.PROTOCOL_VERSION}): another copy of the plugin comes first on "
            "that environment's path. Remove it there, or choose another environment in the plugin's "
            "settings."
        )

    @staticmethod
    def _read_replies(process: subprocess.Popen, messages: queue.Queue) -> None:
        while True:
            try:
                header, frames = codec.read_message(process.stdout)
            except EOFError:
                messages.put(("ended", None))
                return
            except Exception as error:  # whatever it was, the conversation is over
                messages.put(("garbage", str(error)))
                return
            try:
                messages.put(("message", codec.decode(header, frames)))
            except codec.ProtocolError as error:
                # Another version's hello still names its version: say which, not just "garbage".
                messages.put(
                    ("other version", header) if "plugin_version" in header else ("garbage", str(error))
                )
                return

    def _read_stderr(self, process: subprocess.Popen) -> None:
        for raw in process.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            self._stderr.append(line)
            if self.log is not None:
                self.log(line)

    def _exchange(self, request, progress, is_cancelled, on_event):
        with contextlib.suppress(OSError):  # the process is gone: the reader says how, below
            codec.send(self._process.stdin, request, self.shared_pixels)
        heard = time.monotonic()
        cancel_deadline = None
        while True:
            now = time.monotonic()
            if cancel_deadline is None and is_cancelled is not None and is_cancelled():
                self._send_quietly(m.Cancel())
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
                kind, message = self._messages.get(timeout=0.05)
            except queue.Empty:
                continue
            heard = time.monotonic()
            if kind == "ended":
                raise self._failure(self._how_it_ended())
            if kind == "other version":
                self._refuse_version(message.get("plugin_version"), message.get("protocol"))
            if kind == "garbage":
                self._end()
                raise self._failure(f"The model process wrote something that is not a reply ({message})")
            if isinstance(message, m.Progress):
                if progress is not None:
                    progress(message.percent, message.message)
            elif isinstance(message, m.Event):
                if on_event is not None and not isinstance(message, m.Alive):
                    on_event(message)
            elif isinstance(message, m.Failure):
                raise message.error()
            elif isinstance(message, request.Reply):
                return message
            else:
                self._end()
                raise self._failure(f"The model process answered {message.kind} to {request.kind}")

    def _send_quietly(self, message) -> None:
        with contextlib.suppress(OSError):
            codec.send(self._process.stdin, message)

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

    def _failure(self, what: str) -> ModelProcessFailed:
        time.sleep(0.1)  # its last stderr lines are usually a moment behind
        tail = "\n".join(list(self._stderr)[-8:])
        detail = f". Its last messages:\n{tail}" if tail else "."
        return ModelProcessFailed(f"{what}; the next run starts it again{detail}")


class RemoteSegmenter:
    """model_process.segmenter.Segmenter's ``run`` through a model process: the same requests and
    results, with the model kept warm in that process between runs. ``process`` gives the process to
    use (asked at each run, so a changed runtime setting takes effect)."""

    REQUESTER = QT_TRANSLATE_NOOP("messages", "the panel's run")

    def __init__(self, process: Callable[[], ModelProcess]) -> None:
        self.process = process

    def run(self, request: m.SegmentRequest, progress=None, is_cancelled=None) -> m.SegmentResult:
        requester = Message(self.REQUESTER)
        return self.process().request(request, progress, is_cancelled, requester=requester)

    def forget_image(self) -> None:
        """Encode the next view again even if it is unchanged (e.g. after the raster file changed)."""
        process = self.process()
        if process.running:
            process.request(m.ForgetImage())
