"""Wire format between the judge and its sandboxed children.

A frame is ``u32 length | u32 json_length | JSON | (u32 blob_length | blob)*``. NumPy arrays
travel as raw buffers referenced from the JSON as ``{"__nd__": i, "dtype": ..., "shape": ...}``.
Nothing is ever pickled: whatever a child sends is data, checked against a size cap and decoded
into plain JSON values and arrays of a fixed set of dtypes. The decoder fails closed: whatever
it is given, the only exception that leaves it is :class:`ProtocolError` (answers over the
caps of :class:`Caps` raise its subclass :class:`AnswerTooLarge`), and strings that cannot be
encoded (lone surrogates) come out with those code points escaped.

This module is imported both by the judge (host side) and by the warm workers, which run
without the ``mlinterview`` package: it uses the standard library only, and NumPy when an
array actually crosses the wire.
"""

from __future__ import annotations

import json
import os
import struct
import sys
from typing import Any

_U32 = struct.Struct(">I")
DEFAULT_MAX_FRAME = 64 * 1024 * 1024
# Dtypes an array may have on the wire: numbers and booleans only (no objects, no strings).
_DTYPE_KINDS = frozenset("biuf")


class ProtocolError(Exception):
    """A frame is malformed, truncated or larger than allowed."""


class FrameTooLarge(ProtocolError):
    """A frame announced a size above the cap."""


class AnswerTooLarge(ProtocolError):
    """A well-formed frame holds more items or deeper nesting than its caps allow."""


class Caps:
    """Bounds on one decoded value: items (every JSON value and array counts one) and depth."""

    def __init__(self, max_items: int, max_depth: int) -> None:
        self.max_items = max_items
        self.max_depth = max_depth


def _numpy() -> Any:
    np = sys.modules.get("numpy")
    if np is None:
        import numpy as np
    return np


def encode(obj: Any) -> bytes:
    """Serialise ``obj`` (JSON values, tuples, NumPy arrays and scalars) into one frame body."""
    blobs: list[bytes] = []

    def default(value: Any) -> Any:
        np = sys.modules.get("numpy")
        if np is not None:
            if isinstance(value, np.ndarray):
                if value.dtype.kind not in _DTYPE_KINDS:
                    return value.tolist()
                # tobytes() is C-ordered whatever the layout; the shape is kept as is (0-d too:
                # ascontiguousarray would turn a 0-d array into shape (1,)).
                blobs.append(value.tobytes(order="C"))
                return {"__nd__": len(blobs) - 1, "dtype": value.dtype.str, "shape": list(value.shape)}
            if isinstance(value, np.generic):
                return value.item()
        raise TypeError(f"a value of type {type(value).__name__} cannot be returned")

    text = json.dumps(obj, default=default, allow_nan=True, separators=(",", ":"))
    data = text.encode("utf-8")
    parts = [_U32.pack(len(data)), data]
    for blob in blobs:
        parts.append(_U32.pack(len(blob)))
        parts.append(blob)
    return b"".join(parts)


def decode(body: bytes, caps: Caps | None = None) -> Any:
    """Inverse of :func:`encode`; raises :class:`ProtocolError` on anything malformed and
    :class:`AnswerTooLarge` on a value over ``caps``. No other exception leaves it."""
    try:
        return _decode(body, caps)
    except ProtocolError:
        raise
    except RecursionError:
        if caps is not None:
            raise AnswerTooLarge(f"the answer is nested more than {caps.max_depth} levels deep") from None
        raise ProtocolError("frame JSON is nested too deeply") from None
    except MemoryError:
        raise AnswerTooLarge("the answer does not fit in the judge's memory") from None
    except Exception as exc:  # fail closed: whatever slipped through is a malformed frame
        raise ProtocolError(f"frame is malformed: {type(exc).__name__}") from None


def _decode(body: bytes, caps: Caps | None) -> Any:
    if not isinstance(body, bytes | bytearray | memoryview):
        raise ProtocolError("a frame must be bytes")
    if not isinstance(body, bytes):
        body = bytes(body)
    if len(body) < 4:
        raise ProtocolError("frame shorter than its header")
    (json_len,) = _U32.unpack_from(body, 0)
    if 4 + json_len > len(body):
        raise ProtocolError("frame JSON runs past the end")
    raw = body[4 : 4 + json_len]
    if caps is not None and _separators(raw) > caps.max_items:
        raise AnswerTooLarge(f"the answer holds more than {caps.max_items:,} values")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(f"frame is not UTF-8: {exc}") from None
    blobs: list[memoryview] = []
    offset = 4 + json_len
    view = memoryview(body)
    while offset < len(body):
        if offset + 4 > len(body):
            raise ProtocolError("truncated blob header")
        (blob_len,) = _U32.unpack_from(body, offset)
        offset += 4
        if offset + blob_len > len(body):
            raise ProtocolError("blob runs past the end of the frame")
        blobs.append(view[offset : offset + blob_len])
        offset += blob_len

    def hook(obj: dict[str, Any]) -> Any:
        if "__nd__" not in obj:
            return obj
        return _array_from(obj, blobs)

    try:
        value = json.loads(text, object_hook=hook if blobs or "__nd__" in text else None)
    except ValueError as exc:
        raise ProtocolError(f"frame JSON is invalid: {exc}") from None
    # A lone surrogate can only arrive as a JSON escape; most frames skip the walk's string work.
    surrogates = "\\ud" in text or "\\uD" in text
    if caps is not None or surrogates:
        value = _walk(value, caps, surrogates)
    return value


def _separators(raw: bytes) -> int:
    """Commas outside strings when the frame holds few strings (each separates two values), found
    at C speed before parsing; 0 when there are too many strings to tell cheaply."""
    if raw.count(b'"') > 32 or b'\\"' in raw:
        return 0
    commas = raw.count(b",")
    start = raw.find(b'"')
    while start >= 0:
        end = raw.find(b'"', start + 1)
        if end < 0:
            return 0
        commas -= raw.count(b",", start, end)
        start = raw.find(b'"', end + 1)
    return commas


def _walk(root: Any, caps: Caps | None, surrogates: bool) -> Any:
    """Count items and depth against ``caps``; escape unencodable strings when ``surrogates``."""
    max_items = caps.max_items if caps else -1
    max_depth = caps.max_depth if caps else -1
    items = 1
    if isinstance(root, str):
        return _clean(root) if surrogates else root
    stack: list[tuple[Any, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if not isinstance(node, list | dict):
            continue
        if depth > max_depth >= 0:
            raise AnswerTooLarge(f"the answer is nested more than {max_depth} levels deep")
        items += len(node)
        if items > max_items >= 0:
            raise AnswerTooLarge(f"the answer holds more than {max_items:,} values")
        if isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, list | dict):
                    stack.append((item, depth + 1))
                elif surrogates and isinstance(item, str):
                    node[i] = _clean(item)
        else:
            if surrogates and any(not k.isascii() for k in node):
                cleaned = {_clean(k): v for k, v in node.items()}
                node.clear()
                node.update(cleaned)
            for key, item in node.items():
                if isinstance(item, list | dict):
                    stack.append((item, depth + 1))
                elif surrogates and isinstance(item, str):
                    node[key] = _clean(item)
    return root


def _clean(text: str) -> str:
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _array_from(ref: dict[str, Any], blobs: list[memoryview]) -> Any:
    if set(ref) != {"__nd__", "dtype", "shape"}:
        raise ProtocolError("array reference has unexpected fields")
    index, dtype_str, shape = ref["__nd__"], ref["dtype"], ref["shape"]
    if type(index) is not int or not 0 <= index < len(blobs):
        raise ProtocolError("array reference points at no blob")
    if not isinstance(shape, list) or not all(type(d) is int and d >= 0 for d in shape):
        raise ProtocolError("array shape is invalid")
    if len(shape) > 32:
        raise ProtocolError("array has too many dimensions")
    if not isinstance(dtype_str, str) or len(dtype_str) > 8:
        raise ProtocolError("array dtype is invalid")
    np = _numpy()
    try:
        dtype = np.dtype(dtype_str)
    except Exception:
        raise ProtocolError(f"array dtype {dtype_str!r} is not allowed") from None
    if dtype.kind not in _DTYPE_KINDS or dtype.fields is not None or dtype.subdtype is not None:
        raise ProtocolError(f"array dtype {dtype_str!r} is not allowed")
    count = 1
    for dim in shape:
        count *= dim
    blob = blobs[index]
    if count * dtype.itemsize != len(blob):
        raise ProtocolError("array buffer size does not match its shape")
    try:
        return np.frombuffer(bytes(blob), dtype=dtype).reshape(shape).copy()
    except (ValueError, TypeError, OverflowError):
        raise ProtocolError("array shape is invalid") from None


def write_frame(fd: int, body: bytes) -> None:
    """Write one frame to a file descriptor, looping over short writes."""
    data = memoryview(_U32.pack(len(body)) + body)
    while data:
        written = os.write(fd, data)
        data = data[written:]


def read_exact(fd: int, size: int) -> bytes:
    """Read exactly ``size`` bytes, or raise EOFError if the other end closed first."""
    chunks = []
    remaining = size
    while remaining:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            raise EOFError("the other end closed the channel")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int, max_size: int = DEFAULT_MAX_FRAME) -> bytes:
    """Read one frame body (blocking)."""
    (size,) = _U32.unpack(read_exact(fd, 4))
    if size > max_size:
        raise FrameTooLarge(f"frame of {size} bytes exceeds the cap of {max_size}")
    return read_exact(fd, size)


class FrameReader:
    """Incremental, non-blocking frame assembly for the judge's select loop."""

    def __init__(self, max_size: int = DEFAULT_MAX_FRAME) -> None:
        self.max_size = max_size
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        self._buffer += data
        frames = []
        while len(self._buffer) >= 4:
            (size,) = _U32.unpack_from(self._buffer, 0)
            if size > self.max_size:
                raise FrameTooLarge(f"frame of {size} bytes exceeds the cap of {self.max_size}")
            if len(self._buffer) < 4 + size:
                break
            frames.append(bytes(self._buffer[4 : 4 + size]))
            del self._buffer[: 4 + size]
        return frames

    @property
    def pending(self) -> int:
        return len(self._buffer)
