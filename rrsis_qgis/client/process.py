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
import itertools
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
    request runs at a time, the others wait their turn. Each request has an id that its events and its
    answer carry, so a request can only ever receive its own answer, whatever happened to an earlier one."""

    def __init__(
        self,
        runtime: Runtime,
        reply_timeout_s: float = 60.0,
        cancel_grace_s: float = 20.0,
        hang_timeout_s: float = 600.0,
        log: Callable[[str], None] | None = None,
        command: list[str] | None = None,
    ) -> None:
        self.runtime = runtime
        self.reply_timeout_s = reply_timeout_s  # silence (not even Alive) this long: the process is stuck
        # After Cancel, how long the model may go without a step before it is ended: a model that checks
        # for cancellation stops at its next step and stays loaded.
        self.cancel_grace_s = cancel_grace_s
        self.hang_timeout_s = hang_timeout_s  # Alive, but no step of the request this long: the model hangs
        self.log = log  # gets every line the process writes to stderr (from a reader thread)
        self._command = command or runtime.command()
        self._process: subprocess.Popen | None = None
        self._messages: queue.Queue = queue.Queue()
        self._stderr: collections.deque[str] = collections.deque(maxlen=STDERR_LINES_KEPT)
        self._lock = threading.Lock()  # held by the request that has the process
        self._state = threading.RLock()  # guards starting and closing the process itself
        self._ids = itertools.count(1)
        self._closed_during_request = False  # close() ended the process under a running request
        self._close_when_idle = False
        self._running_for: str = ""  # whose request holds the process now, said to those who wait
        self.shared_pixels = SharedPixels()  # large images for this process, in shared memory

    @property
    def running(self) -> bool:
        process = self._process
        return process is not None and process.poll() is None

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

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
            self._closed_during_request = False
            if not self.running:
                self._start(is_cancelled)
            return self._exchange(request, progress, is_cancelled, on_event)
        finally:
            self._running_for = ""
            self._lock.release()
            self._close_if_asked()

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
        included) is returned. Safe to call at any time: a request running then fails with a message
        saying the process was closed, not that it crashed."""
        with self._state:
            process = self._process
            if process is None:
                self.shared_pixels.close()
                return
            self._closed_during_request = self._lock.locked()
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
            self.shared_pixels.close()

    def close_when_idle(self) -> None:
        """Close the process now if no request holds it, else as soon as the running one is answered (the
        panel's "keep the model loaded" off must not end a Processing run that shares the process)."""
        self._close_when_idle = True
        self._close_if_asked()

    def _close_if_asked(self) -> None:
        """Close if ``close_when_idle`` asked for it and no request holds the process; the request that
        holds it calls this again when it lets go, so the ask is never lost between the two."""
        if self._close_when_idle and self._lock.acquire(blocking=False):
            try:
                if self._close_when_idle:
                    self._close_when_idle = False
                    self.close()
            finally:
                self._lock.release()

    # ---- the process ------------------------------------------------------------------------------

    def _start(self, is_cancelled) -> None:
        with self._state:
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
                    f"The model environment's Python ({self._command[0]}) cannot be started: {error}. "
                    "Install the model packages again, or choose another environment in the plugin's "
                    "settings."
                ) from error
            self._process = process
            threading.Thread(target=self._read_replies, args=(process, self._messages), daemon=True).start()
            threading.Thread(target=self._read_stderr, args=(process,), daemon=True).start()
        hello = self._exchange(m.Hello(), None, is_cancelled, None)
        if hello.protocol != m.PROTOCOL_VERSION or hello.plugin_version != plugin_version():
            self._refuse_version(hello.plugin_version, hello.protocol)

    def _refuse_version(self, version, protocol) -> None:
        self._end(self._process)
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
                messages.put(("ended", None, None))
                return
            except Exception as error:  # whatever it was, the conversation is over
                messages.put(("garbage", None, str(error)))
                return
            try:
                messages.put(("message", codec.request_id_of(header), codec.decode(header, frames)))
            except codec.ProtocolError as error:
                # Another version's hello still names its version: say which, not just "garbage".
                said = header.get("fields") if isinstance(header.get("fields"), dict) else header
                if "plugin_version" in said:  # at the top in protocol 1, among the fields since
                    messages.put(("other version", None, said))
                else:
                    messages.put(("garbage", None, str(error)))
                return

    def _read_stderr(self, process: subprocess.Popen) -> None:
        for raw in process.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            self._stderr.append(line)
            if self.log is not None:
                self.log(line)

    def _exchange(self, request, progress, is_cancelled, on_event):
        """Send ``request`` under a new id and wait for its answer. Messages of another id belong to a
        request that was given up: they are dropped. Leaving early for any reason (a callback that
        raised included) cancels the request, so the process does not keep working for nobody."""
        process, request_id = self._process, next(self._ids)
        if process is None:  # closed between its start and this request
            raise ModelProcessFailed(self._how_it_ended(None))
        # The process is gone, or close() closed its input meanwhile: the reader says how, below.
        with contextlib.suppress(OSError, ValueError):
            codec.send(process.stdin, request, self.shared_pixels, request_id)
        answer = None
        try:
            answer = self._wait_for_answer(process, request, request_id, progress, is_cancelled, on_event)
        finally:
            if answer is None:
                self._send_quietly(process, m.Cancel(), request_id)
        if isinstance(answer, m.Failure):
            raise answer.error()
        return answer

    def _wait_for_answer(self, process, request, request_id, progress, is_cancelled, on_event):
        """The reply, or the Failure that answered instead."""
        heard = moved = time.monotonic()
        steps, cancel_sent = -1, False
        while True:
            now = time.monotonic()
            if not cancel_sent and is_cancelled is not None and is_cancelled():
                self._send_quietly(process, m.Cancel(), request_id)
                cancel_sent, moved = True, now
            if cancel_sent and now - moved > self.cancel_grace_s:
                self._end(process)  # it did not reach a step in time: end it; the next request starts afresh
                raise Cancelled
            if now - heard > self.reply_timeout_s:
                self._end(process)
                raise self._failure(
                    f"The model process did not answer within {self.reply_timeout_s:.0f} s, so it was ended"
                )
            if now - moved > self.hang_timeout_s:
                self._end(process)
                raise self._failure(
                    f"The model made no progress for {self.hang_timeout_s:.0f} s (it hangs), so its "
                    "process was ended"
                )
            try:
                kind, message_id, message = self._messages.get(timeout=0.05)
            except queue.Empty:
                continue
            heard = time.monotonic()
            if kind == "ended":
                raise self._failure(self._how_it_ended(process))
            if kind == "other version":
                self._refuse_version(message.get("plugin_version"), message.get("protocol"))
            if kind == "garbage":
                self._end(process)
                raise self._failure(f"The model process wrote something that is not a reply ({message})")
            # An answer to a request that was given up belongs to nobody now. A hello's reply is taken
            # whatever its id: another version's process may not send ids, and its version is the news.
            if message_id != request_id and not isinstance(message, m.HelloReply):
                continue
            if isinstance(message, m.Alive):
                if message.steps != steps:
                    steps, moved = message.steps, heard
                continue
            moved = heard
            if isinstance(message, m.Progress):
                if progress is not None:
                    progress(message.percent, message.message)
            elif isinstance(message, m.Event):
                if on_event is not None:
                    on_event(message)
            elif isinstance(message, (m.Failure, request.Reply)):
                return message
            else:
                self._end(process)
                raise self._failure(f"The model process answered {message.kind} to {request.kind}")

    def _send_quietly(self, process, message, request_id: int) -> None:
        with contextlib.suppress(OSError, ValueError):  # ValueError: its stdin was closed by close()
            codec.send(process.stdin, message, request_id=request_id)

    @staticmethod
    def _end(process) -> None:
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()

    def _how_it_ended(self, process) -> str:
        if self._closed_during_request or process is None:
            return (
                "The model process was closed while this run was under way (the plugin's settings, an "
                "install or the plugin's unload), so nothing was added"
            )
        try:
            code = process.wait(5)
        except subprocess.TimeoutExpired:
            self._end(process)
            code = process.returncode
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
