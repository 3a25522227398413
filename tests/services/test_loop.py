"""The interview loop through its services, as a learner lives it: a plan that today follows,
a mock whose wrong answer lands in the review queue, a journal question that shows up in
today's list until learned, and an export that an empty home imports without losing a row."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT, Config
from mlinterview.errors import UserInputError
from mlinterview.judge.pool import WorkerPool
from mlinterview.services import journal, mock, mock_complexity, mock_items, transfer
from mlinterview.services.companies import company_page, save_note
from mlinterview.services.context import Context
from mlinterview.services.loop_today import today_json
from mlinterview.services.plan import export_ics, set_plan, show_plan
from mlinterview.services.review import today

START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)  # a Monday


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(ctx: Context) -> Clock:
    c = Clock(START)
    ctx.clock = c
    return c


def code_of(slug: str, name: str = "solution.py") -> str:
    return (BUILTIN_CONTENT / "dsa" / slug / name).read_text()


def test_plan_json_contract_and_today_follows_the_plan(ctx: Context, clock: Clock) -> None:
    set_plan(ctx, interview_date=date(2027, 4, 12), hours_per_week=8, rest_days=["sun"], role="mle")
    view = show_plan(ctx)
    assert view is not None
    data = view.to_json()
    assert {"interview_date", "hours_per_week", "weeks"} <= set(data)
    assert data["interview_date"] == "2027-04-12" and data["hours_per_week"] == 8
    assert len(data["weeks"]) == 6 and data["weeks"][0]["start"] == "2027-03-01"
    for week in data["weeks"]:
        assert week["minutes"] <= 8 * 60 * 1.1
        assert week["minutes"] == pytest.approx(
            sum(i["minutes"] for i in week["items"]), abs=len(week["items"])
        )
        for item in week["items"]:
            assert {"track", "kind", "ref", "minutes"} <= set(item)
    this_week = {i["ref"] for i in data["weeks"][0]["items"]}
    assert "two-sum" in this_week and not any(i["done"] for i in data["weeks"][0]["items"])
    from mlinterview.services import practice

    clock.now += timedelta(hours=2)
    practice.submit(ctx, ctx.catalog.get("two-sum"), code_of("two-sum"), complexity=False)
    again = show_plan(ctx)
    assert again is not None
    ticked = [i.ref for w in again.plan.weeks for i in w.items if i.done]
    assert ticked == ["two-sum"]  # done this week: it stays where it was planned, ticked
    items = today_json(today(ctx).items)["items"]
    planned = [i for i in items if i["title"].startswith("Plan:")]
    assert planned and all(i["ref"] in this_week for i in planned)
    assert all(set(i) == {"kind", "track", "ref", "title", "minutes"} for i in items)


def only_coding(ctx: Context, tmp_path: Path) -> None:
    """Give ``ctx`` a catalog holding the Blind 75 alone: no design prompts, no questions."""
    root = tmp_path / "coding-only"
    shutil.copytree(BUILTIN_CONTENT / "dsa", root / "dsa")
    ctx.__dict__["catalog"] = Catalog([root])


def test_plan_holds_design_prompts_and_behavioral_stories(ctx: Context, clock: Clock) -> None:
    set_plan(ctx, interview_date=date(2027, 4, 12), hours_per_week=8, rest_days=[], role="mle")
    view = show_plan(ctx)
    assert view is not None
    items = [item for week in view.plan.weeks for item in week.items]
    designs = {d.slug for d in ctx.catalog.design_prompts()}
    assert any(i.track == "design" and i.kind == "prompt" and i.ref in designs for i in items)
    assert any(i.track == "behavioral" and i.kind == "story" for i in items)


def test_plan_says_design_and_behavioral_are_empty_and_exports_a_calendar(
    ctx: Context, clock: Clock, tmp_path: Path
) -> None:
    only_coding(ctx, tmp_path)
    set_plan(ctx, interview_date=date(2027, 4, 12), hours_per_week=8, rest_days=[], role="mle")
    view = show_plan(ctx)
    assert view is not None
    assert any(n.startswith("design:") for n in view.plan.notes)
    assert any(n.startswith("behavioral:") for n in view.plan.notes)
    from icalendar import Calendar

    path = tmp_path / "plan.ics"
    count = export_ics(ctx, path)
    cal = Calendar.from_ical(path.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == count == 7  # six weeks and the interview
    assert events[0].decoded("dtstart") == date(2027, 3, 1)
    assert "Interview" in str(events[-1]["summary"])


def test_two_weeks_behind_replans_and_says_so(ctx: Context, clock: Clock) -> None:
    set_plan(ctx, interview_date=date(2027, 4, 12), hours_per_week=8, rest_days=[], role="mle")
    clock.now = START + timedelta(weeks=2)
    view = show_plan(ctx)
    assert view is not None
    assert len(view.plan.weeks) == 4
    assert view.changes[0].startswith("2 weeks behind")
    first_dsa = next(i for i in view.plan.weeks[0].items if i.track == "dsa" and i.kind == "problem")
    assert first_dsa.ref == "contains-duplicate"  # the roadmap's first problem, still not done


def test_mock_wrong_answer_lands_in_the_review_queue(ctx: Context, clock: Clock) -> None:
    state = mock.start_mock(ctx, "coding")
    first, second = state.rounds[0].items
    assert state.rounds[0].minutes == 45 and len(state.rounds[0].items) == 2
    clock.now += timedelta(minutes=3)
    mock.think(ctx, state.id, 1, first.slug, "a set of what I have seen", "O(n)")
    clock.now += timedelta(minutes=7)
    done = mock.answer_item(ctx, state.id, 1, first.slug, code_of(first.slug))
    assert done.verdict == "accepted" and done.seconds == 7 * 60
    clock.now += timedelta(minutes=10)
    wrong = mock.answer_item(ctx, state.id, 1, second.slug, code_of(second.slug, "starter.py"))
    assert wrong.verdict != "accepted" and wrong.seconds == 10 * 60
    report = mock.finish(ctx, state.id).report
    assert report is not None
    assert set(report) == {"id", "score", "rounds", "review"}
    assert report["review"] == [second.slug]
    assert report["rounds"][0]["items"][1] == {
        "slug": second.slug, "verdict": wrong.verdict, "seconds": 600, "hints": 0
    }  # fmt: skip
    assert report["score"] == 50
    problem = ctx.catalog.get(second.slug)
    assert ctx.store.review_item(f"problem:{problem.id}") is not None
    clock.now += timedelta(days=1, hours=1)
    resolve = [i for i in today(ctx).items if i.kind == "resolve"]
    assert second.slug in [i.ref for i in resolve]


def test_editorial_locked_until_the_mock_ends(ctx: Context, clock: Clock) -> None:
    state = mock.start_mock(ctx, "coding")
    slug = state.rounds[0].items[0].slug
    assert mock.editorial_locked(ctx, slug)
    mock.finish(ctx, state.id)
    assert not mock.editorial_locked(ctx, slug)
    with pytest.raises(UserInputError, match="is finished"):
        mock.think(ctx, state.id, 1, slug, "late", "O(1)")


def test_whiteboard_has_no_run_and_one_submit_and_hints_cost_points(ctx: Context, clock: Clock) -> None:
    state = mock.start_mock(ctx, "coding", whiteboard=True)
    slug = state.rounds[0].items[0].slug
    with pytest.raises(UserInputError, match="no Run"):
        mock.run_item(ctx, state.id, 1, slug, code_of(slug))
    number, text = mock.take_hint(ctx, state.id, 1, slug)
    assert number == 1 and text
    mock.answer_item(ctx, state.id, 1, slug, code_of(slug))
    with pytest.raises(UserInputError, match="one Submit"):
        mock.answer_item(ctx, state.id, 1, slug, code_of(slug))
    item = mock.get_mock(ctx, state.id).item(1, slug)[1]
    assert item.verdict == "accepted" and item.hints == 1 and item.score == 100 - mock.HINT_COST


def test_stated_complexity_is_held_against_the_measured_growth() -> None:
    assert (
        mock_complexity.stated_exponent("O(n log n)") == 1.1
        and mock_complexity.stated_exponent("O(n²)") == 2.0
    )
    note = mock_complexity.complexity_note("O(n)", {"exponent": 2.05})
    assert note == "you said O(n); it grows like n^2.0"
    assert mock_complexity.complexity_note("O(n)", {"exponent": 1.1}).endswith("as stated")


def test_ml_breadth_is_self_rated_and_missed_cards_are_queued(ctx: Context, clock: Clock) -> None:
    state = mock.start_mock(ctx, "ml-breadth")
    rnd = state.rounds[0]
    assert rnd.minutes == 15 and len(rnd.items) == mock_items.BREADTH_CARDS
    with pytest.raises(UserInputError, match="rate your answer"):
        mock.answer_item(ctx, state.id, 1, rnd.items[0].slug, "my answer")
    mock.answer_item(ctx, state.id, 1, rnd.items[0].slug, "my answer", self_rating=4)
    mock.answer_item(ctx, state.id, 1, rnd.items[1].slug, "no idea", self_rating=1)
    report = mock.finish(ctx, state.id).report
    assert report is not None
    assert rnd.items[1].slug in report["review"] and rnd.items[0].slug not in report["review"]
    assert ctx.store.review_item(f"card:{rnd.items[1].slug}") is not None


def test_a_design_mock_holds_a_prompt(ctx: Context, clock: Clock) -> None:
    state = mock.start_mock(ctx, "design")
    prompt = ctx.catalog.design(state.rounds[0].items[0].slug)
    assert state.rounds[0].items[0].kind == "prompt" and prompt.title


def test_a_mock_of_an_empty_kind_is_refused_clearly(ctx: Context, clock: Clock, tmp_path: Path) -> None:
    only_coding(ctx, tmp_path)
    with pytest.raises(UserInputError, match="cannot hold a design mock: the catalog has no design items"):
        mock.start_mock(ctx, "design")
    with pytest.raises(UserInputError, match="no mock kind"):
        mock.start_mock(ctx, "karaoke")


def test_onsite_is_four_or_five_rounds_with_breaks(ctx: Context, clock: Clock) -> None:
    state = mock.start_mock(ctx, "onsite")
    assert 4 <= len(state.rounds) <= 5
    assert (
        all(r.break_minutes == mock_items.BREAK_MINUTES for r in state.rounds[:-1])
        and not state.rounds[-1].break_minutes
    )


def test_struggled_journal_question_is_in_today_until_learned(ctx: Context, clock: Clock) -> None:
    entry = journal.add_entry(
        ctx, company="Acme", day="2027-02-26", round_name="phone screen",
        question="They asked me Two Sum with a twist", struggled=True, notes="froze",
    )  # fmt: skip
    assert entry.problem_slug == "two-sum"
    items = today_json(today(ctx).items)["items"]
    mine = [i for i in items if i["kind"] == "journal"]
    assert mine == [
        {"kind": "journal", "track": "dsa", "ref": f"journal:{entry.id}",
         "title": "Acme: They asked me Two Sum with a twist", "minutes": 10}
    ]  # fmt: skip
    journal.answer_question(ctx, f"journal:{entry.id}", "hash map of complements", 3)
    assert not [i for i in today(ctx).items if i.kind == "journal"]
    assert journal.get_entry(ctx, entry.id).answer == "hash map of complements"
    calm = journal.add_entry(ctx, company="Acme", day="2027-02-26", round_name="onsite", question="Why Acme?")
    assert calm.problem_slug is None and calm.due is None


def test_company_page_ties_notes_plan_journal_and_mocks(ctx: Context, clock: Clock) -> None:
    set_plan(ctx, interview_date=date(2027, 4, 12), hours_per_week=8, rest_days=[], company="Acme")
    save_note(ctx, "Acme", builds="search ranking", questions="How do you evaluate offline?")
    journal.add_entry(ctx, company="acme", day="2027-02-26", round_name="screen", question="Why us?")
    state = mock.start_mock(ctx, "coding", company="Acme")
    page = company_page(ctx, "ACME")
    assert page.builds == "search ranking" and page.interview_date == "2027-04-12"
    assert [m["id"] for m in page.mocks] == [state.id] and len(page.journal) == 1


def fresh(tmp_path: Path, pool: WorkerPool, name: str) -> Context:
    other = Context(Config.from_env({"MLINTERVIEW_HOME": str(tmp_path / name)}), workers=1)
    other._pool = pool
    other.clock = lambda: START + timedelta(days=1)
    return other


def populate(ctx: Context, clock: Clock) -> None:
    set_plan(ctx, interview_date=date(2027, 4, 12), hours_per_week=8, rest_days=["sat"], company="Acme")
    state = mock.start_mock(ctx, "coding", company="Acme")
    first = state.rounds[0].items[0]
    mock.think(ctx, state.id, 1, first.slug, "set", "O(n)")
    mock.answer_item(ctx, state.id, 1, first.slug, code_of(first.slug))
    mock.finish(ctx, state.id)
    journal.add_entry(
        ctx, company="Acme", day="2027-02-26", round_name="screen", question="Two Sum?", struggled=True
    )
    save_note(ctx, "Acme", builds="ads")


def sections(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text())
    data.pop("exported_at")
    return data


def test_export_import_round_trip_through_an_empty_home_loses_nothing(
    ctx: Context, clock: Clock, tmp_path: Path, pool: WorkerPool
) -> None:
    populate(ctx, clock)
    first = tmp_path / "progress.json"
    counts = transfer.export_progress(ctx, first)
    assert counts["attempts"] >= 1 and counts["mocks"] == 1 and counts["journal"] == 1 and counts["plan"] == 1
    assert counts["stories"] == 0 and counts["review_log"] >= 1
    other = fresh(tmp_path, pool, "empty-home")
    try:
        result = transfer.import_progress(other, first)
        assert result.conflicts == []
        second = tmp_path / "again.json"
        transfer.export_progress(other, second)
        assert sections(second) == sections(first)
        again = transfer.import_progress(other, first)  # importing twice changes nothing
        assert again.conflicts == [] and sum(again.added.values()) == 0
        assert mock.history(other)[0].score == mock.history(ctx)[0].score
    finally:
        other._pool = None
        other.close()


def test_import_conflicts_are_named_and_both_sides_kept(
    ctx: Context, clock: Clock, tmp_path: Path, pool: WorkerPool
) -> None:
    populate(ctx, clock)
    path = tmp_path / "progress.json"
    transfer.export_progress(ctx, path)
    other = fresh(tmp_path, pool, "busy-home")
    try:
        journal.add_entry(
            other, company="Beta", day="2027-02-27", round_name="onsite", question="Design a feed"
        )
        set_plan(other, interview_date=date(2027, 5, 1), hours_per_week=5, rest_days=[])
        result = transfer.import_progress(other, path)
        named = "\n".join(result.conflicts)
        assert "journal #1" in named and "kept as #2" in named
        assert "plan 1: differs" in named
        questions = {e.question for e in journal.entries(other)}
        assert questions == {"Design a feed", "Two Sum?"}
        assert other.store.plan_settings()["interview_date"] == "2027-05-01"  # this home's plan stays
        kept = [json.loads(c["imported_json"]) for c in other.store.conflicts() if c["section"] == "plan"]
        assert kept[0]["interview_date"] == "2027-04-12"  # and the imported one is not lost
        # the struggled question kept its review item under its new number
        assert other.store.review_item("journal:2") is not None
    finally:
        other._pool = None
        other.close()


def test_bad_import_files_are_refused_with_the_reason(ctx: Context, tmp_path: Path) -> None:
    bad: Callable[[str], Path] = lambda text: (tmp_path / "x.json").write_text(text) and tmp_path / "x.json"  # noqa: E731
    with pytest.raises(UserInputError, match="not a JSON export"):
        transfer.import_progress(ctx, bad("{nope"))
    with pytest.raises(UserInputError, match="schema 9"):
        transfer.import_progress(ctx, bad('{"schema": 9}'))
    with pytest.raises(UserInputError, match="'journal' must be a list"):
        transfer.import_progress(ctx, bad('{"schema": 1, "journal": 3}'))
    good = {
        "id": 1, "company": "Acme", "date": "2027-01-01", "round": "r", "question": "q", "struggled": 0,
        "notes": "", "answer": "", "problem_slug": None, "created_at": "2027-01-01T00:00:00+00:00",
    }  # fmt: skip
    for change, message in (
        (
            {"created_at": "yesterday"},
            "journal row 2: field 'created_at': 'yesterday' is not an ISO date-time",
        ),
        ({"struggled": "yes"}, "journal row 2: field 'struggled' must be int"),
        ({"colour": "red"}, "journal row 2: unknown field"),
    ):
        rows = [good, {**good, "id": 2, **change}]
        with pytest.raises(UserInputError, match=message):
            transfer.import_progress(ctx, bad(json.dumps({"schema": 1, "journal": rows})))
        assert ctx.store.journal_entries() == []  # nothing was imported


def test_design_and_behavioral_tracks_are_used_in_plans_and_mocks(ctx: Context, clock: Clock) -> None:
    set_plan(ctx, interview_date=date(2027, 4, 12), hours_per_week=8, rest_days=[], role="mle")
    view = show_plan(ctx)
    assert view is not None
    kinds = {(i.track, i.kind) for w in view.plan.weeks for i in w.items}
    assert {("design", "prompt"), ("behavioral", "story"), ("design", "mock")} <= kinds
    assert not any(n.startswith(("design:", "behavioral:")) for n in view.plan.notes)

    state = mock.start_mock(ctx, "design")
    slug = state.rounds[0].items[0].slug
    prompt = ctx.catalog.design(slug)
    assert mock.item_material(ctx, state.rounds[0].items[0])["back"] == ""  # your answer first
    mock.think(ctx, state.id, 1, slug, "two towers, then a ranker", "")
    item = mock.get_mock(ctx, state.id).item(1, slug)[1]
    material = mock.item_material(ctx, item)
    assert material["statement"] == prompt.prompt and material["back"] == prompt.model_answer
    mock.answer_item(ctx, state.id, 1, slug, "two towers", self_rating=1)
    assert mock.finish(ctx, state.id).review == [slug]
    refs = [i["ref"] for i in today_json(today(ctx).items)["items"]]
    assert f"revisit:design:{slug}" in refs

    talk = mock.start_mock(ctx, "behavioral")
    questions = {q.id: q.question for q in ctx.catalog.behavioral_questions()}
    assert len(talk.rounds[0].items) == 2
    first = talk.rounds[0].items[0]
    assert first.title == questions[first.slug]
    onsite = mock.start_mock(ctx, "onsite")
    assert len(onsite.rounds) == 5 and {"design", "behavioral"} <= {r.kind for r in onsite.rounds}


def test_readiness_shows_its_reasons_and_the_one_thing_to_do(ctx: Context, clock: Clock) -> None:
    from mlinterview.services import practice
    from mlinterview.services.readiness import readiness

    before = {r.subject: r for r in readiness(ctx)}
    assert before["dsa"].score is None and before["dsa"].reasons == [
        "no evidence yet: nothing submitted, reviewed or mocked"
    ]
    islands = ctx.catalog.get("number-of-islands")
    wrong = islands.solutions_in("wrong")[0].read_text()
    for _ in range(2):
        practice.submit(ctx, islands, wrong, complexity=False)
    practice.submit(ctx, ctx.catalog.get("two-sum"), code_of("two-sum"), complexity=False)
    dsa = {r.subject: r for r in readiness(ctx)}["dsa"]
    assert dsa.evidence["pass_rate"] == pytest.approx(1 / 3)
    assert dsa.evidence["solved"] == pytest.approx(1 / len(ctx.catalog.problems("dsa")))
    assert "33% of recent submissions accepted" in dsa.reasons and "no mock yet" in dsa.reasons
    assert dsa.score is not None and 0 < dsa.score < 50
    # the roadmap share is the biggest gap; graphs are where the failures are
    assert dsa.next_step.startswith(
        f"{sum(p.pattern == 'graphs' for p in ctx.catalog.problems('dsa'))} graphs"
    )
    assert dsa.next_step.endswith("graphs pass rate 0%")
    clock.now += timedelta(days=8)
    later = {r.subject: r for r in readiness(ctx)}["dsa"]
    assert later.trend is not None


def test_stories_round_trip_through_an_empty_home(
    ctx: Context, clock: Clock, tmp_path: Path, pool: WorkerPool
) -> None:
    from mlinterview.services import stories

    told = stories.add_story(
        ctx,
        stories.check_story(
            {
                "title": "Shipped late",
                "situation": "Our launch slipped two weeks.",
                "task": "I had to recover the date.",
                "action": "I cut scope with the PM and paired on the riskiest piece.",
                "result": "We shipped 4 days late instead of 14.",
                "competencies": ["tight-deadlines"],
                "numbers": ["4 days instead of 14"],
            }
        ),
    )
    path = tmp_path / "progress.json"
    assert transfer.export_progress(ctx, path)["stories"] == 1
    other = fresh(tmp_path, pool, "with-stories")
    try:
        assert transfer.import_progress(other, path).conflicts == []
        assert stories.list_stories(other) == [told]
    finally:
        other._pool = None
        other.close()
