from __future__ import annotations

import os

import numpy as np
import pytest

from mlinterview.judge.harness import protocol


def test_round_trip_of_json_and_arrays() -> None:
    value = {
        "a": [1, 2.5, None, True, "x"],
        "m": np.arange(6, dtype=np.float32).reshape(2, 3),
        "s": np.int64(4),
    }
    back = protocol.decode(protocol.encode(value))
    assert back["a"] == [1, 2.5, None, True, "x"]
    assert back["m"].dtype == np.float32 and back["m"].shape == (2, 3)
    assert back["s"] == 4


def test_shapes_survive_including_zero_d_and_transposed() -> None:
    scalar = np.float64(2.5).reshape(())
    transposed = np.arange(6.0).reshape(2, 3).T
    back = protocol.decode(protocol.encode([np.asarray(scalar), transposed]))
    assert back[0].shape == () and back[0] == 2.5
    assert back[1].shape == (3, 2) and (back[1] == transposed).all()


def test_objects_are_refused_not_pickled() -> None:
    with pytest.raises(TypeError, match="cannot be returned"):
        protocol.encode({"x": object()})


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"\x00\x00\x00\x09{}",
        b"\x00\x00\x00\x02{]",
        b'\x00\x00\x00\x30{"__nd__": 0, "dtype": "<f8", "shape": [5]}\x00\x00\x00\x01x',
    ],
)
def test_malformed_frames_are_protocol_errors(body: bytes) -> None:
    with pytest.raises(protocol.ProtocolError):
        protocol.decode(body)


def test_object_dtype_arrays_cannot_be_smuggled() -> None:
    text = b'{"__nd__": 0, "dtype": "|O", "shape": [1]}'
    body = len(text).to_bytes(4, "big") + text + (8).to_bytes(4, "big") + b"\0" * 8
    with pytest.raises(protocol.ProtocolError, match="not allowed"):
        protocol.decode(body)


def test_frame_size_cap() -> None:
    r, w = os.pipe()
    os.write(w, (10**9).to_bytes(4, "big"))
    with pytest.raises(protocol.FrameTooLarge):
        protocol.read_frame(r, max_size=1000)
    os.close(r)
    os.close(w)
