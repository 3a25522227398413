"""The interview loop's scriptable contracts, through the real ``mli`` command: plan, today,
mock, journal, readiness, export and import, each `--json` with exactly the keys promised."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from test_cli import TWO_SUM, mli

from mlinterview.services.planner import PLAN_KINDS, PLAN_TRACKS


def ok(*args: str, home: Path) -> str:
    result = mli(*args, home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_plan_today_mock_journal_contracts(tmp_path: Path) -> None:
    home = tmp_path / "home"
    interview = (date.today() + timedelta(weeks=6)).isoformat()
    ok(
        "plan",
        "set",
        "--interview-date",
        interview,
        "--hours-per-week",
        "8",
        "--rest-days",
        "sat,sun",
        home=home,
    )
    plan = json.loads(ok("plan", "show", "--json", home=home))
    assert plan["interview_date"] == interview and plan["hours_per_week"] == 8
    assert 6 <= len(plan["weeks"]) <= 7
    for week in plan["weeks"]:
        date.fromisoformat(week["start"])
        assert isinstance(week["minutes"], int) and week["minutes"] <= 8 * 60 * 1.1
        for item in week["items"]:
            assert item["track"] in PLAN_TRACKS and item["kind"] in PLAN_KINDS
            assert isinstance(item["ref"], str) and isinstance(item["minutes"], int)
    ics = tmp_path / "plan.ics"
    ok("plan", "export", str(ics), home=home)
    assert ics.read_text().startswith("BEGIN:VCALENDAR")

    started = json.loads(ok("mock", "start", "--kind", "coding", "--json", home=home))
    assert set(started) >= {"id", "rounds"}
    (rnd,) = started["rounds"]
    assert (
        set(rnd) == {"index", "kind", "minutes", "items"} and rnd["kind"] == "coding" and rnd["minutes"] == 45
    )
    slug = rnd["items"][0]
    wrong = tmp_path / "answer.py"
    wrong.write_text(
        (TWO_SUM / "wrong" / "reuses-same-element.py").read_text() if slug == "two-sum" else "x = 1\n"
    )
    answered = json.loads(
        ok("mock", "answer", started["id"], str(wrong), "--round", "1", "--item", slug, "--json", home=home)
    )
    assert answered["slug"] == slug and answered["verdict"] != "accepted"
    report = json.loads(ok("mock", "finish", started["id"], "--json", home=home))
    assert set(report) == {"id", "score", "rounds", "review"} and report["id"] == started["id"]
    assert set(report["rounds"][0]) == {"index", "score", "items"}
    assert set(report["rounds"][0]["items"][0]) == {"slug", "verdict", "seconds", "hints"}
    assert slug in report["review"]
    refused = mli("mock", "start", "--kind", "karaoke", home=home)
    assert refused.returncode == 2 and "no mock kind 'karaoke'" in refused.stdout

    entry = json.loads(
        ok("journal", "add", "--company", "Acme", "--date", "2027-01-05", "--round", "onsite",
           "--question", "Explain the bias-variance trade-off", "--struggled", "--json", home=home)
    )  # fmt: skip
    today = json.loads(ok("today", "--json", home=home))
    assert set(today) == {"items"}
    assert all(set(i) == {"kind", "track", "ref", "title", "minutes"} for i in today["items"])
    assert f"journal:{entry['id']}" in [i["ref"] for i in today["items"]]
    assert "Acme" in ok("journal", "list", home=home)

    readiness = json.loads(ok("readiness", "--json", home=home))
    dsa = next(s for s in readiness["subjects"] if s["subject"] == "dsa")
    assert dsa["reasons"] and dsa["next_step"]

    exported = tmp_path / "progress.json"
    ok("export", "progress", str(exported), home=home)
    other = tmp_path / "other"
    out = ok("import", str(exported), home=other)
    assert "imported" in out and "conflict" not in out
    assert json.loads(ok("mock", "history", "--json", home=other))["mocks"][0]["id"] == started["id"]
