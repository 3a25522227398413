from __future__ import annotations

import json
import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


# -- the decoder fails closed -------------------------------------------------------------------
def frame(text: str | bytes, *blobs: bytes) -> bytes:
    data = text.encode() if isinstance(text, str) else text
    return len(data).to_bytes(4, "big") + data + b"".join(len(b).to_bytes(4, "big") + b for b in blobs)


@pytest.mark.parametrize(
    "body",
    [
        frame('{"__nd__": 0, "dtype": "<f8", "shape": [true]}', b"\0" * 8),
        frame('{"__nd__": 0, "dtype": "<f8", "shape": [-1]}', b"\0" * 8),
        frame('{"__nd__": 0, "dtype": "<f8", "shape": [1.0]}', b"\0" * 8),
        frame('{"__nd__": 0, "dtype": "<f8", "shape": 1}', b"\0" * 8),
        frame('{"__nd__": 0, "dtype": "<f8", "shape": [0, 100000000000000000000]}', b""),
        frame('{"__nd__": true, "dtype": "<f8", "shape": [1]}', b"\0" * 8),
        frame('{"__nd__": 0, "dtype": 8, "shape": [1]}', b"\0" * 8),
        frame('{"__nd__": 0, "dtype": null, "shape": [1]}', b"\0" * 8),
        frame('{"__nd__": 0, "dtype": ["<f8"], "shape": [1]}', b"\0" * 8),
        frame('{"__nd__": 0, "dtype": "V8", "shape": [1]}', b"\0" * 8),
        frame('{"__nd__": 0, "dtype": "(2,)<f4", "shape": [1]}', b"\0" * 8),
        frame('{"__nd__": 0, "dtype": "<U2", "shape": [1]}', b"\0" * 8),
        frame('{"__nd__": 0, "dtype": "not a dtype", "shape": [1]}', b"\0" * 8),
        frame('{"__nd__": 0, "dtype": "<f8", "shape": [2]}', b"\0" * 8),
        frame('{"__nd__": 0}'),
        frame(b"\xff\xfe{}"),
        frame('{"a": 1'),
        frame("1" * 5000),
        frame("[" * 100_000 + "]" * 100_000),
        frame("{}") + b"\x00\x00",
        frame("{}") + b"\x00\x00\x00\x09abc",
    ],
)
def test_every_unexpected_frame_is_a_protocol_error(body: bytes) -> None:
    with pytest.raises(protocol.ProtocolError):
        protocol.decode(body)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_fuzz_random_bytes_only_raise_protocol_errors(body: bytes) -> None:
    try:
        protocol.decode(body, protocol.Caps(1000, 20))
    except protocol.ProtocolError:
        pass


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=20,
)
array_refs = st.fixed_dictionaries(
    {
        "__nd__": json_values | st.integers(-2, 3),
        "dtype": json_values | st.sampled_from(["<f8", "|b1", "<i4", "|O", "<U1", "V4", "<c16", "M8"]),
        "shape": json_values | st.lists(st.integers(-3, 4) | st.booleans() | st.floats(), max_size=4),
    }
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.recursive(json_values | array_refs, lambda inner: st.lists(inner, max_size=3), max_leaves=6),
    st.lists(st.binary(max_size=24), max_size=3),
    st.integers(0, 8),
)
def test_fuzz_wellformed_json_with_forged_arrays_only_raises_protocol_errors(
    value: object, blobs: list[bytes], cut: int
) -> None:
    body = frame(json.dumps(value), *blobs)
    for candidate in (body, body[: len(body) - cut]):
        try:
            protocol.decode(candidate, protocol.Caps(1000, 20))
        except protocol.ProtocolError:
            pass


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_fuzz_whatever_encodes_decodes_to_the_same_value(value: object) -> None:
    back = protocol.decode(protocol.encode(value))
    assert json.dumps(back, sort_keys=True) == json.dumps(value, sort_keys=True)


def test_answers_over_the_item_or_depth_cap_are_refused_by_name() -> None:
    caps = protocol.Caps(max_items=100, max_depth=10)
    assert protocol.decode(protocol.encode(list(range(99))), caps) == list(range(99))
    with pytest.raises(protocol.AnswerTooLarge, match="more than 100 values"):
        protocol.decode(protocol.encode(list(range(200))), caps)
    nested: list[object] = []
    for _ in range(600):
        nested = [nested]
    with pytest.raises(protocol.AnswerTooLarge, match="10 levels"):
        protocol.decode(protocol.encode(nested), caps)
    deeper = frame("[" * 5000 + "]" * 5000)
    with pytest.raises(protocol.AnswerTooLarge, match="10 levels"):
        protocol.decode(deeper, caps)


def test_lone_surrogates_come_out_escaped_and_printable() -> None:
    value = {"got": ["\ud800", "ok", "é\udfff"], "\udc80": "key"}
    back = protocol.decode(protocol.encode(value))
    assert back == {"got": ["\\ud800", "ok", "é\\udfff"], "\\udc80": "key"}
    json.dumps(back, ensure_ascii=False).encode("utf-8")  # storable and printable
    assert protocol.decode(protocol.encode("😀 \ud83d\ude00")) == "😀 😀"


def test_the_value_cap_is_checked_before_parsing_without_counting_commas_in_strings() -> None:
    caps = protocol.Caps(max_items=100, max_depth=10)
    assert protocol.decode(protocol.encode({"case": "a,b", "value": "," * 500}), caps)["value"] == "," * 500
    assert protocol.decode(protocol.encode(['x,"y', ",,"] * 10), caps) == ['x,"y', ",,"] * 10
    with pytest.raises(protocol.AnswerTooLarge, match="more than 100 values"):
        protocol.decode(protocol.encode({"case": "a", "value": [[i, i] for i in range(60)]}), caps)
