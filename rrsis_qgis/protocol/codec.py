"""The one codec of the messages in `messages`: a dataclass <-> a JSON header with raw byte frames.

On a stream (the model process's stdin and stdout) a message is ``MAGIC``, the header's length (4 bytes,
little-endian), the header (UTF-8 JSON: ``{"kind", "id", "fields", "frames"}``) and then the raw frames
whose byte sizes ``frames`` lists. ``id`` is the request's: a request carries its own, and every event and
the reply that answer it carry the same, so an answer can only reach the request that asked for it.
Fields are written and read from the dataclasses' type hints: arrays go as
frames (or, when large, through a file in shared memory that the header names), a translatable
`Message` with its template and fields, everything else as JSON. Nothing is ever pickled. `to_text` /
`from_text` are the same codec without frames, for the Ray engine's actors.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import select
import struct
import types
import typing
from typing import Any, BinaryIO

import numpy as np

from ..foundation.messages import Message
from .messages import MESSAGES
from .shared_memory import SHARED_BYTES, SharedPixels

MAGIC = b"RRSW"
MAX_HEADER_BYTES = 1 << 24  # a header is JSON text; larger means the stream is not ours
MAX_FRAME_BYTES = 1 << 34
READ_CHUNK_BYTES = 1 << 26  # a frame is read in pieces: a header that lies about its size costs no memory


class ProtocolError(Exception):
    """The other side wrote something that is not a message of this protocol."""


# ---- dataclasses <-> JSON and frames --------------------------------------------------------------


def encode(message, shared: SharedPixels | None = None) -> tuple[dict, list]:
    """A message as its header and frames; large arrays go into ``shared`` memory when given."""
    frames: list = []
    fields = _to_json(message, frames, shared)
    return {"kind": message.kind, "fields": fields}, frames


def decode(header: dict, frames: list):
    """The message a header (and its frames) describe; ProtocolError when it is none of ours."""
    cls = MESSAGES.get(header.get("kind"))
    if cls is None:
        raise ProtocolError(f"a message of unknown kind {header.get('kind')!r}")
    try:
        return _from_json(cls, header.get("fields", {}), list(frames))
    except (KeyError, TypeError, ValueError) as error:
        raise ProtocolError(f"a {cls.kind} message with fields that do not fit ({error})") from error


def to_text(value) -> str:
    """A dataclass (or a list of them) as JSON text: what crosses to and from Ray actors."""
    return json.dumps(_to_json(value, None, None))


def from_text(cls, text: str):
    return _from_json(cls, json.loads(text), [])


def _to_json(value, frames: list | None, shared: SharedPixels | None):
    if isinstance(value, Message):  # with its template, so that QGIS can show it translated
        fields = {name: _to_json(field, frames, shared) for name, field in value.fields.items()}
        return {"text": str(value), "template": value.template, "fields": fields}
    if dataclasses.is_dataclass(value):
        return {
            item.name: _to_json(getattr(value, item.name), frames, shared)
            for item in dataclasses.fields(value)
        }
    if isinstance(value, np.ndarray):
        if frames is None:
            raise TypeError("arrays cross as frames of a message, not as text")
        if shared is not None and value.nbytes >= SHARED_BYTES:
            try:
                return shared.put(value)
            except OSError:  # shared memory full or read-only: the pipe takes it, only slower
                pass
        frames.append(np.ascontiguousarray(value))
        return {"shape": list(value.shape), "dtype": value.dtype.str}
    if isinstance(value, (list, tuple)):
        return [_to_json(item, frames, shared) for item in value]
    if isinstance(value, dict):  # JSON keys are text; the type hint turns them back
        return {str(key): _to_json(item, frames, shared) for key, item in value.items()}
    return value


@functools.cache
def _hints(cls) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _from_json(hint, value, frames: list):
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        (hint,) = [argument for argument in arguments if argument is not type(None)]
        return _from_json(hint, value, frames)
    if hint is Any or value is None:
        return value
    if dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        return hint(
            **{
                item.name: _from_json(hints[item.name], value[item.name], frames)
                for item in dataclasses.fields(hint)
                if item.init and item.name in value
            }
        )
    if hint is np.ndarray:
        return _array(value, frames)
    if hint is str:
        return _message(value) if isinstance(value, dict) else str(value)
    if hint in (int, float, bool):
        return hint(value)
    if origin is tuple:
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            return tuple(_from_json(arguments[0], item, frames) for item in value)
        return tuple(_from_json(kind, item, frames) for kind, item in zip(arguments, value, strict=True))
    if origin is list:
        return [_from_json(arguments[0], item, frames) for item in value]
    if origin is dict:
        key, item_hint = arguments
        return {
            _from_json(key, name, frames): _from_json(item_hint, item, frames) for name, item in value.items()
        }
    raise TypeError(f"the codec cannot read a {hint!r}")


def _message(value: dict) -> Message:
    """A Message read back, its fields that are Messages too ("{parts}" of translated words)."""
    fields = {
        name: _message(field) if isinstance(field, dict) and "template" in field else field
        for name, field in value["fields"].items()
    }
    return Message(value["template"], **fields)


def _array(header: dict, frames: list) -> np.ndarray:
    """The array a header describes: mapped from its shared-memory file, or the next frame."""
    dtype, shape = np.dtype(header["dtype"]), tuple(header["shape"])
    if "file" in header:
        return np.memmap(header["file"], dtype=dtype, mode="r", shape=shape)
    return np.frombuffer(frames.pop(0), dtype=dtype).reshape(shape)


# ---- the stream -----------------------------------------------------------------------------------


def send(stream: BinaryIO, message, shared: SharedPixels | None = None, request_id: int = 0) -> None:
    """Write ``message`` as part of the conversation of request ``request_id``."""
    header, frames = encode(message, shared)
    write_message(stream, {**header, "id": request_id}, frames)


def receive(stream: BinaryIO) -> tuple[int, object]:
    """The next message and the id of the request it belongs to; EOFError when the stream ended cleanly
    between messages."""
    header, frames = read_message(stream)
    return request_id_of(header), decode(header, frames)


def request_id_of(header: dict) -> int:
    request_id = header.get("id", 0)
    if isinstance(request_id, bool) or not isinstance(request_id, int):
        raise ProtocolError(f"a message with the request id {request_id!r}")
    return request_id


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
    """The next header and its frames; EOFError when the stream ended cleanly between messages."""
    start = _read_exactly(stream, 8, at_start=True)
    if start[:4] != MAGIC:
        raise ProtocolError(f"unexpected output {bytes(start + _available(stream, 72))!r}")
    (length,) = struct.unpack("<I", start[4:])
    if length > MAX_HEADER_BYTES:
        raise ProtocolError(f"a header of {length} bytes")
    try:
        header = json.loads(_read_exactly(stream, length))
        sizes = [int(size) for size in header["frames"]]
    except (ValueError, KeyError, TypeError, RecursionError) as error:  # RecursionError: absurd nesting
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
    """``size`` bytes; the buffer grows by what arrives, never by what a header claims will arrive."""
    buffer = bytearray(min(size, READ_CHUNK_BYTES))
    done = 0
    while done < size:
        if done == len(buffer):
            buffer.extend(bytes(min(size - done, len(buffer))))  # doubles at most, as data comes
        count = stream.readinto(memoryview(buffer)[done:])
        if not count:
            if at_start and done == 0:
                raise EOFError
            raise ProtocolError(f"the stream ended inside a message ({done} of {size} bytes)")
        done += count
    return buffer
