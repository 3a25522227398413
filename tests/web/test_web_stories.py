"""The story bank and behavioral practice pages, through the in-process client."""

from __future__ import annotations

import sys
from pathlib import Path

from web_support import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from star_answers import NO_NUMBER, STRONG

FORM = {
    "title": "Unblocked the data team",
    "situation": "At my last job the data team blocked our launch.",
    "task": "My goal was to agree a schema in a week.",
    "action": "I met their lead. I wrote a shared proposal.",
    "result": "As a result we launched 2 weeks early.",
    "competencies": ["conflict", "collaboration"],
    "numbers": "2 weeks early\n1 schema",
}


def test_add_show_and_edit_a_story_and_see_coverage(client: TestClient) -> None:
    page = client.get("/stories")
    assert page.status_code == 200 and "No story yet" in page.text
    created = client.post("/stories/new", data=FORM, follow_redirects=False)
    assert created.status_code == 303
    shown = client.get(created.headers["location"])
    assert "Unblocked the data team" in shown.text and "2 weeks early" in shown.text
    assert 'data-check="number"' in shown.text
    story_url = created.headers["location"]
    edited = client.post(f"{story_url}/edit", data={**FORM, "title": "Unblocked the data team, fast"})
    assert edited.status_code == 200 and "Unblocked the data team, fast" in edited.text
    matrix = client.get("/stories").text
    conflict_row = matrix.split('data-competency="conflict"')[1].split("</tr>")[0]
    mentoring_row = matrix.split('data-competency="mentoring"')[1].split("</tr>")[0]
    assert "Unblocked the data team, fast" in conflict_row and "No story yet" in mentoring_row


def test_an_invalid_form_keeps_what_was_typed(client: TestClient) -> None:
    response = client.post("/stories/new", data={**FORM, "result": "", "competencies": ["bravery"]})
    assert response.status_code == 422
    assert "result: is required" in response.text and "At my last job the data team" in response.text


def test_practice_page_and_feedback_api(client: TestClient) -> None:
    page = client.get("/stories/practice?competency=mentoring")
    assert page.status_code == 200 and 'id="story-clock"' in page.text and "2:00" in page.text
    assert "Mentoring" in page.text
    good = client.post(
        "/api/stories/feedback", json={"question_id": "deep-dive-walkthrough", "answer": STRONG}
    )
    assert good.status_code == 200 and all(c["passed"] for c in good.json()["checks"])
    weak = client.post(
        "/api/stories/feedback",
        json={"question_id": "deep-dive-walkthrough", "answer": NO_NUMBER, "elapsed_s": 131},
    )
    body = weak.json()
    assert [c["id"] for c in body["checks"] if not c["passed"]] == ["number"]
    assert "over two minutes" in body["html"] and "What a strong answer shows" in body["html"]
    assert (
        client.post("/api/stories/feedback", json={"question_id": "nope", "answer": "x"}).status_code == 404
    )


def test_questions_page_lists_every_competency(client: TestClient) -> None:
    page = client.get("/stories/questions")
    assert page.status_code == 200
    for title in ("Conflict", "Disagreement with a manager", "Why this company"):
        assert title in page.text
    assert client.get("/stories/999").status_code == 404


def test_portfolio_page_shows_the_template_and_the_questions(client: TestClient) -> None:
    page = client.get("/stories/portfolio")
    assert page.status_code == 200
    assert "## What I would do differently" in page.text and "mli portfolio build" in page.text
    assert "Where does the model fail?" in page.text and "deep-dive-walkthrough" in page.text


def test_a_story_due_for_retelling_is_on_the_home_page(client: TestClient) -> None:
    from datetime import timedelta

    from mlinterview.services.review import schedule_item

    ctx = client.app.state.ctx  # type: ignore[attr-defined]
    created = client.post("/stories/new", data={**FORM, "title": "Due story"}, follow_redirects=False)
    story_id = int(created.headers["location"].rsplit("/", 1)[1])
    schedule_item(ctx, "story", f"story:{story_id}", "behavioral", 1, now=ctx.clock() - timedelta(days=30))
    home = client.get("/")
    assert "Retell your story: Due story" in home.text and 'href="/stories">Retell' in home.text
    assert "Due story" in client.get("/stories").text.split("Due for a retelling")[1]
