"""FSRS scheduling with an injected clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest

from mlinterview.srs import new_state, retrievability, review

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_new_card_is_due_now_and_good_brings_it_back_in_minutes() -> None:
    state, due = new_state("card:x", NOW)
    assert due == NOW
    first = review("card", state, 3, NOW)
    assert timedelta(0) < first.due - NOW <= timedelta(minutes=15)


def test_intervals_grow_with_good_ratings_and_again_resets() -> None:
    state, _ = new_state("card:x", NOW)
    now, intervals = NOW, []
    for _ in range(6):
        result = review("card", state, 3, now)
        intervals.append(result.due - now)
        state, now = result.state_json, result.due
    assert intervals[-1] > timedelta(days=10)
    assert all(b >= a for a, b in pairwise(intervals[1:]))
    lapse = review("card", state, 1, now)
    assert lapse.due - now < timedelta(hours=1)


def test_problems_are_scheduled_in_days_not_minutes() -> None:
    state, _ = new_state("problem:dsa.two-sum", NOW)
    good = review("problem", state, 3, NOW)
    assert good.due - NOW >= timedelta(days=1)
    easy = review("problem", state, 4, NOW)
    hard = review("problem", state, 2, NOW)
    assert easy.due > good.due > hard.due


def test_retrievability_decays() -> None:
    state, _ = new_state("problem:p", NOW)
    result = review("problem", state, 3, NOW)
    assert retrievability("problem", result.state_json, NOW + timedelta(days=1)) > retrievability(
        "problem", result.state_json, NOW + timedelta(days=30)
    )


def test_naive_datetimes_and_bad_ratings_are_refused() -> None:
    state, _ = new_state("card:x", NOW)
    with pytest.raises(ValueError, match="timezone-aware"):
        review("card", state, 3, datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="rating"):
        review("card", state, 5, NOW)
