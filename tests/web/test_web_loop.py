"""The interview loop's pages render and their forms work: plan, mock (running and report),
journal, companies, and readiness on the home and progress pages."""

from __future__ import annotations

import re
from datetime import timedelta

from web_support import TestClient

from mlinterview.services.context import Context


def test_plan_page_sets_a_plan_and_shows_weeks_and_the_current_one(
    client: TestClient, web_ctx: Context
) -> None:
    empty = client.get("/plan")
    assert empty.status_code == 200 and "Set your plan" in empty.text
    day = (web_ctx.clock().date() + timedelta(weeks=6)).isoformat()
    saved = client.post(
        "/plan", data={"interview_date": day, "hours_per_week": "8", "role": "mle", "rest_days": ["sun"]}
    )
    assert saved.status_code == 200 and "Week of" in saved.text
    assert saved.text.count('class="card plan-week') >= 6
    assert saved.text.count("is-current") == 1 and "this week" in saved.text
    ics = client.get("/plan.ics")
    assert ics.status_code == 200 and ics.headers["content-type"].startswith("text/calendar")
    bad = client.post("/plan", data={"interview_date": "2001-01-01", "hours_per_week": "8"})
    assert bad.status_code == 400 and "is not after today" in bad.text


def test_mock_pages_think_first_then_report(client: TestClient, web_ctx: Context, solution_code: str) -> None:
    index = client.get("/mock")
    assert index.status_code == 200 and "Start a mock" in index.text
    running = client.post("/mock", data={"kind": "coding"})
    assert running.status_code == 200 and 'id="mock-clock"' in running.text
    mock_id = str(running.url).rsplit("/", 1)[1]
    assert "Think aloud first" in running.text and 'name="code"' not in running.text
    slug = re.search(r'name="slug" value="([^"]+)"', running.text).group(1)  # type: ignore[union-attr]
    locked = client.get(f"/api/problems/{slug}/editorial?confirm=true")
    assert locked.status_code == 423
    opened = client.post(
        f"/mock/{mock_id}/think",
        data={"round_index": "1", "slug": slug, "approach": "hash map", "complexity": "O(n)"},
    )
    assert 'name="code"' in opened.text and "Run samples" in opened.text
    ran = client.post(f"/mock/{mock_id}/run", data={"round_index": "1", "slug": slug, "code": "y = 2\r\n"})
    assert "Last run:" in ran.text and ">y = 2\n</textarea>" in ran.text  # the code survives the reload
    answered = client.post(
        f"/mock/{mock_id}/answer", data={"round_index": "1", "slug": slug, "code": "x = 1"}
    )
    assert answered.status_code == 200
    report = client.post(f"/mock/{mock_id}/finish")
    assert report.status_code == 200 and "Mock report" in report.text and "What to review" in report.text
    assert client.get(f"/api/problems/{slug}/editorial?confirm=true").status_code == 200
    history = client.get("/mock")
    assert "<svg" in history.text and mock_id in history.text
    assert client.get("/mock/nope").status_code == 404


def test_an_unknown_kind_is_refused_on_the_page(client: TestClient) -> None:
    refused = client.post("/mock", data={"kind": "karaoke"})
    assert refused.status_code == 400 and "no mock kind" in refused.text


def test_journal_and_company_pages(client: TestClient) -> None:
    added = client.post(
        "/journal",
        data={"company": "Acme", "date": "2027-01-05", "round_name": "screen",
              "question": "Reverse Linked List, iteratively", "struggled": "1"},
    )  # fmt: skip
    assert added.status_code == 200 and "To answer again" in added.text
    assert 'href="/problems/reverse-linked-list"' in added.text
    assert "Reverse Linked List, iteratively" in client.get("/review").text
    item = re.search(r'name="item_id" value="([^"]+)"', added.text).group(1)  # type: ignore[union-attr]
    rated = client.post("/journal/review", data={"item_id": item, "rating": "3", "answer": "three pointers"})
    assert rated.status_code == 200 and "To answer again" not in rated.text
    assert "Reverse Linked List, iteratively" not in client.get("/review").text
    saved = client.post("/companies", data={"company": "Acme", "builds": "fraud models"})
    assert saved.status_code == 200 and "fraud models" in saved.text and "Reverse Linked List" in saved.text
    assert "Acme" in client.get("/companies").text
    assert client.get("/companies/Nobody").status_code == 404


def test_readiness_on_home_and_progress(client: TestClient) -> None:
    for url in ("/", "/progress"):
        page = client.get(url)
        assert page.status_code == 200 and 'id="readiness-h"' in page.text and "Raise it most" in page.text
    for url, label in (
        ("/plan", "Plan"),
        ("/mock", "Mock"),
        ("/journal", "Journal"),
        ("/companies", "Companies"),
    ):
        assert f'<a href="{url}" aria-current="page">{label}</a>' in client.get(url).text
