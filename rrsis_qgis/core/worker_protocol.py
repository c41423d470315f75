"""The model worker's wire format: JSON headers with raw byte frames, over the worker's stdin and stdout.

A message is ``MAGIC``, the header's length (4 bytes, little-endian), the header (UTF-8 JSON) and then
the raw frames whose byte sizes the header lists under ``frames``. Images travel as frames, or, when
large, as a file in shared memory that the header names (their shape and dtype in the header); nothing is
pickled; everything else is JSON.

Requests (QGIS -> worker) carry ``op``: hello, load, segment, tiles, unload, cancel, shutdown. The worker
answers each with one ``reply`` (the op's results) or one ``error`` (``{"type", "message"}``), sending
``event`` messages before it: ``progress`` (percent, message: see `message_to_wire`), ``alive`` (every
second while busy, so a silent worker is known to hang), ``polygons`` (tiles' results as they come).
``cancel`` gets no answer of its own: the running request ends with the error ``Cancelled``.
"""

from __future__ import annotations

import contextlib
import json
import mmap
import os
import select
import struct
import tempfile
from dataclasses import asdict, replace
from typing import BinaryIO

import numpy as np

from ..foundation import errors
from ..foundation.messages import Message
from ..foundation.run_settings import RunSettings
from .segmentation import Cancelled, RenderedView, SegmentationResult, SegmentRequest
from .vectorize import Polygon

PROTOCOL_VERSION = 1
MAGIC = b"RRSW"
MAX_HEADER_BYTES = 1 << 24  # a header is JSON text; larger means the stream is not ours
MAX_FRAME_BYTES = 1 << 34
SHARED_BYTES = 1 << 22  # pixels of at least this size cross in shared memory
# ``module:function`` the model process calls once at start (and Ray workers it starts): extensions and
# tests register more model types there.
SETUP_VARIABLE = "RRSIS_QGIS_WORKER_SETUP"


class ProtocolError(Exception):
    """The other side wrote something that is not a message of this protocol."""


def write_message(stream: BinaryIO, header: dict, frames=()) -> None:
    frames = [memoryview(frame).cast("B") for frame in frames]
    data = json.dumps({**header, "frames": [frame.nbytes for frame in frames]}).encode()
    for part in (MAGIC + struct.pack("<I", len(data)) + data, *frames):
        _write_all(stream, memoryview(part))
    stream.flush()


def _write_all(stream: BinaryIO, data: memoryview) -> None:
    """An unbuffered pipe may take part of a large frame per call: write until all of it is out."""
    while data.nbytes:
        written = stream.write(data)
        data = data[data.nbytes if written is None else written :]


def read_message(stream: BinaryIO) -> tuple[dict, list[bytearray]]:
    """The next message; EOFError when the stream ended cleanly between messages."""
    start = _read_exactly(stream, 8, at_start=True)
    if start[:4] != MAGIC:
        raise ProtocolError(f"unexpected output {bytes(start + _available(stream, 72))!r}")
    (length,) = struct.unpack("<I", start[4:])
    if length > MAX_HEADER_BYTES:
        raise ProtocolError(f"a header of {length} bytes")
    try:
        header = json.loads(_read_exactly(stream, length))
        sizes = [int(size) for size in header["frames"]]
    except (ValueError, KeyError, TypeError) as error:
        raise ProtocolError(f"a header that is not this protocol's JSON ({error})") from error
    if not isinstance(header, dict) or any(not 0 <= size <= MAX_FRAME_BYTES for size in sizes):
        raise ProtocolError(f"a header with impossible frames {sizes}")
    return header, [_read_exactly(stream, size) for size in sizes]


def _available(stream: BinaryIO, limit: int) -> bytes:
    """Up to ``limit`` more bytes if they arrive within 0.1 s (POSIX pipes), else none: the start of
    unexpected output is shown without ever waiting on a process that printed and then hung."""
    try:
        readable, _, _ = select.select([stream], [], [], 0.1)
    except (OSError, ValueError, TypeError):  # Windows pipes cannot be selected
        return b""
    return getattr(stream, "read1", stream.read)(limit) if readable else b""


def _read_exactly(stream: BinaryIO, size: int, at_start: bool = False) -> bytearray:
    buffer = bytearray(size)
    view, done = memoryview(buffer), 0
    while done < size:
        count = stream.readinto(view[done:])
        if not count:
            if at_start and done == 0:
                raise EOFError
            raise ProtocolError(f"the stream ended inside a message ({done} of {size} bytes)")
        done += count
    return buffer


# ---- arrays ---------------------------------------------------------------------------------------


def array_header(array: np.ndarray) -> dict:
    return {"shape": list(array.shape), "dtype": array.dtype.str}


def array_from(header: dict, frames: list) -> np.ndarray:
    """The array a header describes: mapped from its shared-memory file, or the next of ``frames``."""
    dtype, shape = np.dtype(header["dtype"]), tuple(header["shape"])
    if "file" in header:
        return np.memmap(header["file"], dtype=dtype, mode="r", shape=shape)
    return np.frombuffer(frames.pop(0), dtype=dtype).reshape(shape)


class SharedPixels:
    """One file in shared memory (/dev/shm where there is one) that a client reuses for every large image
    it sends: an image crosses with one copy into memory already mapped, where a pipe would take it in
    many small ones. One request at a time uses it; ``close`` removes it."""

    def __init__(self) -> None:
        self.path: str | None = None
        self._map: mmap.mmap | None = None

    def put(self, array: np.ndarray) -> dict:
        """Copy ``array`` in and return its header, which names the file."""
        if self._map is None or len(self._map) < array.nbytes:
            self.close()
            folder = "/dev/shm" if os.path.isdir("/dev/shm") else None
            descriptor, self.path = tempfile.mkstemp(prefix="rrsis-pixels-", dir=folder)
            try:
                os.ftruncate(descriptor, array.nbytes)
                self._map = mmap.mmap(descriptor, array.nbytes)
            finally:
                os.close(descriptor)
        np.copyto(np.ndarray(array.shape, array.dtype, buffer=self._map), array)
        return {**array_header(array), "file": self.path}

    def close(self) -> None:
        if self._map is not None:
            self._map.close()
            self._map = None
        if self.path is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            self.path = None


# ---- segment requests and results -----------------------------------------------------------------


def request_to_wire(request: SegmentRequest, shared: SharedPixels | None = None) -> tuple[dict, list]:
    """A SegmentRequest as a JSON header and, for a rendered view, its pixels: one frame, or in ``shared``
    memory when large."""
    fields = asdict(replace(request, rendered=None))  # asdict would deep-copy the pixels
    fields["stretch"] = stretch_to_wire(request.stretch)
    view, frames = request.rendered, []
    if view is not None:
        if shared is not None and view.rgba.nbytes >= SHARED_BYTES:
            pixels = shared.put(view.rgba)
        else:
            pixels = array_header(view.rgba)
            frames.append(np.ascontiguousarray(view.rgba))
        fields["rendered"] = {"rgba": pixels, "bounds": list(view.bounds), "crs": view.crs_wkt}
    return fields, frames


def request_from_wire(fields: dict, frames: list) -> SegmentRequest:
    rendered = fields.get("rendered")
    if rendered is not None:
        rgba = array_from(rendered["rgba"], list(frames))
        rendered = RenderedView(rgba, tuple(rendered["bounds"]), rendered["crs"])
    return SegmentRequest(
        raster_path=fields["raster_path"],
        expression=fields["expression"],
        model=fields["model"],
        bounds=_tuple(fields.get("bounds")),
        bounds_crs=fields.get("bounds_crs"),
        bands=_tuple(fields.get("bands")),
        stretch=stretch_from_wire(fields.get("stretch")),
        settings=RunSettings(**fields["settings"]),
        rendered=rendered,
        request_id=fields.get("request_id", 0),
    )


def stretch_to_wire(stretch: dict[int, tuple[float, float]] | None) -> dict | None:
    """A stretch (band -> low, high) as JSON has it: band numbers as text keys."""
    return stretch and {str(band): list(limits) for band, limits in stretch.items()}


def stretch_from_wire(fields: dict | None) -> dict[int, tuple[float, float]] | None:
    return fields and {int(band): tuple(limits) for band, limits in fields.items()}


def result_to_wire(result: SegmentationResult) -> dict:
    return asdict(result)


def result_from_wire(fields: dict) -> SegmentationResult:
    polygons = [Polygon(**polygon) for polygon in fields["polygons"]]
    return SegmentationResult(**{**fields, "polygons": polygons})


def message_to_wire(text: str) -> dict:
    """A progress message or note: its English text, and its template and fields when it is a `Message`,
    so that QGIS can show it translated."""
    if isinstance(text, Message):
        return {"text": str(text), "template": text.template, "fields": text.fields}
    return {"text": str(text)}


def message_from_wire(fields: dict) -> str:
    return Message(fields["template"], **fields["fields"]) if "template" in fields else fields["text"]


def _tuple(value):
    return None if value is None else tuple(value)


# ---- errors ---------------------------------------------------------------------------------------

# The errors a worker reports by type; they are raised again, as themselves, on the QGIS side.
KNOWN_ERRORS = {
    cls.__name__: cls
    for cls in (*vars(errors).values(), Cancelled, ValueError, OSError)
    if isinstance(cls, type) and issubclass(cls, Exception)
}


def error_to_wire(error: BaseException) -> dict:
    kind = type(error).__name__ if type(error).__name__ in KNOWN_ERRORS else "unexpected"
    fields = {"type": kind, "message": str(error) or type(error).__name__}
    if error.args and isinstance(error.args[0], Message):  # said in a form QGIS can translate
        fields["said"] = message_to_wire(error.args[0])
    return fields


def error_from_wire(fields: dict) -> Exception:
    kind = KNOWN_ERRORS.get(fields.get("type"))
    message = str(fields.get("message", ""))
    if kind is None:  # a bug, not the analyst's doing: the traceback is in the process's log
        return errors.WorkerFailed(
            "The model stopped with an unexpected error, so nothing was added. The model process's log "
            "has the details (in QGIS: View ▸ Panels ▸ Log Messages, tab rrsis_qgis); another model or "
            "checkpoint may work."
        )
    return kind(message_from_wire(fields["said"]) if "said" in fields else message)
