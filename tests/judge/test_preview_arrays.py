"""Arrays in a report read as the lists they hold, like the answers from cases.yaml beside them,
and a huge one is cut like any other huge value."""

from __future__ import annotations

import numpy as np

from mlinterview.judge.preview import CUT_MARK, preview


def test_an_array_answer_is_kept_as_lists() -> None:
    got = {"doubled": np.array([2.0, 5.0], dtype=np.float32), "n": np.int64(2)}
    assert preview(got) == {"doubled": [2.0, 5.0], "n": 2}
    assert preview(np.zeros((2, 0, 3))) == [[], []]


def test_a_huge_array_is_cut_before_it_is_converted() -> None:
    shown = preview(np.arange(1_000_000, dtype=np.float64))
    assert isinstance(shown, str) and CUT_MARK in shown
