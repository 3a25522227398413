"""The planner as a learner sees it: weeks that fit the hours given, review first, mocks at the
end, a lighter last few days, and a re-plan that says what changed when they fall behind."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from mlinterview.services.planner import (
    PLAN_KINDS,
    PLAN_TRACKS,
    TOLERANCE,
    PlanInputs,
    PlanItem,
    build_plan,
    compare,
    monday,
    snapshot,
)
from mlinterview.wording import plural

TODAY = date(2027, 3, 1)  # a Monday


def catalog(n: int = 60) -> dict[str, list[PlanItem]]:
    minutes = (10.0, 20.0, 35.0)
    return {
        "dsa": [PlanItem("dsa", "problem", f"dsa-{i}", minutes[i % 3], f"DSA {i}") for i in range(n)],
        "ml": [PlanItem("ml", "problem", f"ml-{i}", 20.0, f"ML {i}") for i in range(n // 2)],
        "stats": [PlanItem("stats", "problem", f"stats-{i}", 20.0, f"Stats {i}") for i in range(10)],
        "sql": [PlanItem("sql", "problem", f"sql-{i}", 20.0, f"SQL {i}") for i in range(10)],
        "design": [],
        "behavioral": [],
    }


def inputs(**changes: object) -> PlanInputs:
    items = catalog()
    base = PlanInputs(
        today=TODAY,
        interview_date=TODAY + timedelta(weeks=6),
        hours_per_week=8,
        rest_days=frozenset(),
        role="mle",
        items=items,
        catalog_sizes={t: len(v) for t, v in items.items()},
        review_minutes=tuple([30.0] * 30),
        new_cards=200,
        mock_minutes={"coding": 45, "ml-coding": 45, "onsite": 200},
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_six_week_plan_at_eight_hours_fits_every_week() -> None:
    plan = build_plan(inputs())
    assert len(plan.weeks) == 6
    assert [w.start for w in plan.weeks] == [TODAY + timedelta(weeks=i) for i in range(6)]
    for week in plan.weeks:
        assert week.minutes <= 8 * 60 * TOLERANCE
        for item in week.items:
            assert item.track in PLAN_TRACKS and item.kind in PLAN_KINDS
    # the budget is used, not left idle: every week but the last is nearly full
    assert all(w.minutes >= 8 * 60 * 0.9 for w in plan.weeks[:-1])


def test_review_is_counted_first_each_week() -> None:
    plan = build_plan(inputs())
    for week in plan.weeks:
        assert week.items[0].kind == "review"
        days = sum(1 for d in range(7) if week.start + timedelta(days=d) < TODAY + timedelta(weeks=6))
        assert week.items[0].minutes == pytest.approx(30.0 * days)


def test_review_alone_can_fill_a_week_but_never_overflow_it() -> None:
    plan = build_plan(inputs(review_minutes=tuple([200.0] * 30)))
    for week in plan.weeks:
        assert week.minutes <= 8 * 60 * TOLERANCE
        assert week.items[0].kind == "review"


def test_mocks_only_in_the_last_two_weeks() -> None:
    plan = build_plan(inputs())
    weeks_with_mocks = [i for i, w in enumerate(plan.weeks) if any(x.kind == "mock" for x in w.items)]
    assert weeks_with_mocks and set(weeks_with_mocks) <= {4, 5}
    assert sum(x.kind == "mock" for w in plan.weeks for x in w.items) >= 2


def test_last_days_are_lighter() -> None:
    plan = build_plan(inputs())
    full, last = plan.weeks[-2], plan.weeks[-1]
    assert last.capacity < full.capacity
    # the last three days count half: 4 full days + 3 half days out of 7
    assert last.capacity == pytest.approx(8 * 60 * (4 + 1.5) / 7)


def test_rest_days_carry_no_work_and_spread_the_hours() -> None:
    plan = build_plan(inputs(rest_days=frozenset({5, 6})))
    assert plan.weeks[1].capacity == pytest.approx(8 * 60)
    assert all(w.minutes <= 8 * 60 * TOLERANCE for w in plan.weeks)


def test_problems_follow_roadmap_order_and_weak_items_come_first() -> None:
    plan = build_plan(inputs())
    dsa = [i.ref for w in plan.weeks for i in w.items if i.track == "dsa" and i.kind == "problem"]
    assert dsa == sorted(dsa, key=lambda r: int(r.split("-")[1]))
    weak = (catalog()["dsa"][40],)
    replanned = build_plan(inputs(weak=weak))
    first = [i.ref for i in replanned.weeks[0].items if i.track == "dsa"]
    assert first[0] == "dsa-40"


def test_role_changes_the_mix() -> None:
    def minutes(role: str, track: str) -> float:
        plan = build_plan(inputs(role=role))
        return sum(i.minutes for i in plan.weeks[0].items if i.track == track and i.kind == "problem")

    assert minutes("data-science", "sql") > minutes("mle", "sql")
    assert minutes("mle", "dsa") > minutes("data-science", "dsa")


def test_empty_tracks_are_named_and_the_plan_still_works() -> None:
    plan = build_plan(inputs())
    assert any(n.startswith("design:") and "no items" in n for n in plan.notes)
    assert any(n.startswith("behavioral:") for n in plan.notes)
    assert not any(i.track == "design" for w in plan.weeks for i in w.items)


def test_what_does_not_fit_is_said_with_the_hours_that_would() -> None:
    plan = build_plan(inputs(items=catalog(400), hours_per_week=3))
    assert plan.unscheduled
    note = next(n for n in plan.notes if "do not fit" in n)
    assert "h/week would fit everything" in note


def test_done_items_are_ticked() -> None:
    plan = build_plan(inputs(done=frozenset({"dsa-0"})))
    ticked = [i for w in plan.weeks for i in w.items if i.done]
    assert [i.ref for i in ticked] == ["dsa-0"]


def test_learner_two_weeks_behind_gets_a_replan_that_says_what_changed() -> None:
    first = build_plan(inputs())
    baseline = snapshot(first)
    later = TODAY + timedelta(weeks=2)
    planned_early = [i for w in first.weeks[:2] for i in w.items if i.kind == "problem"]
    replanned = build_plan(inputs(today=later))  # nothing done: the same items, fewer weeks
    assert len(replanned.weeks) == 4
    assert all(w.minutes <= 8 * 60 * TOLERANCE for w in replanned.weeks)
    # the missed items come first now
    first_refs = [i.ref for i in replanned.weeks[0].items if i.track == "dsa"]
    assert first_refs[0] == "dsa-0"
    changes = compare(baseline, replanned, later, done=set())
    assert changes[0].startswith("2 weeks behind")
    assert plural(len(planned_early), "item") in changes[0]
    assert any("no longer fit" in c for c in changes)


def test_ahead_of_plan_is_said_too() -> None:
    first = build_plan(inputs())
    future = [i.ref for i in first.weeks[3].items if i.kind == "problem"][:2]
    changes = compare(snapshot(first), first, TODAY, done=set(future))
    assert any(c.startswith("Ahead of plan: 2 items") for c in changes)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("interview_date", TODAY, "is not after today"),
        ("hours_per_week", 0, "more than 0"),
        ("rest_days", frozenset(range(7)), "every day is a rest day"),
        ("role", "astronaut", "no role"),
    ],
)
def test_bad_settings_are_refused_with_a_reason(field: str, value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build_plan(inputs(**{field: value}))


def test_weeks_start_on_mondays() -> None:
    plan = build_plan(inputs(today=TODAY + timedelta(days=3)))
    assert plan.weeks[0].start == monday(TODAY + timedelta(days=3)) == TODAY
    assert plan.weeks[0].capacity == pytest.approx(8 * 60 * 4 / 7)
