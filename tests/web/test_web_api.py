"""The JSON endpoints: run and submit through the real judge, hints, the editorial, reviews."""

from __future__ import annotations

import json

from web_support import TestClient

from mlinterview.services.context import Context


def test_run_a_correct_solution_passes_the_samples(client: TestClient, solution_code: str) -> None:
    r = client.post("/api/problems/two-sum/run", json={"code": solution_code})
    assert r.status_code == 200
    body = r.json()
    assert body["verdict"] == "accepted" and body["mode"] == "run"
    assert body["passed"] == body["total"] == 3
    assert all(c["is_sample"] for c in body["cases"])
    assert 'data-verdict="accepted"' in body["html"] and "All samples pass" in body["html"]


def test_submit_a_correct_solution_is_accepted_with_complexity(
    client: TestClient, web_ctx: Context, solution_code: str
) -> None:
    body = client.post("/api/problems/two-sum/submit", json={"code": solution_code}).json()
    assert body["verdict"] == "accepted" and body["label"] == "Accepted"
    assert body["passed"] == body["total"] > 25
    assert body["status"] == "solved"
    # The verdict comes at once, with a placeholder for the complexity line ...
    assert body["complexity"] is None and body["complexity_pending"]
    assert 'id="complexity-line"' in body["html"] and "measuring" in body["html"]
    assert "Read the editorial" in body["html"]
    assert "Accepted" in body["history_html"]
    # ... which the page asks for next; it is stored with the attempt.
    growth = client.post("/api/problems/two-sum/complexity", json={"attempt": body["attempt_id"]}).json()
    assert growth["complexity"] and growth["complexity"]["on_target"]
    assert "Complexity" in growth["html"] and growth["complexity"]["message"] in growth["html"]
    stored = web_ctx.store.attempt(body["attempt_id"])
    assert stored is not None and json.loads(stored["report_json"])["complexity"] == growth["complexity"]


def test_the_complexity_line_is_only_for_an_accepted_submission(client: TestClient, wrong_code: str) -> None:
    body = client.post("/api/problems/two-sum/submit", json={"code": wrong_code}).json()
    assert body["verdict"] == "wrong_answer" and not body["complexity_pending"]
    growth = client.post("/api/problems/two-sum/complexity", json={"attempt": body["attempt_id"]}).json()
    assert growth["complexity"] is None and growth["html"] == ""


def test_submit_a_wrong_solution_shows_the_failing_case(client: TestClient, wrong_code: str) -> None:
    body = client.post("/api/problems/two-sum/submit", json={"code": wrong_code}).json()
    assert body["verdict"] == "wrong_answer"
    failing = [c for c in body["cases"] if c["verdict"] == "wrong_answer" and "input" in c]
    assert failing, "the first failing case comes with its input, expected and got"
    case = failing[0]
    assert case["got"] == [0, 0] and case["expected"] in ([1, 2], [2, 1])
    html = body["html"]
    assert "Wrong Answer" in html and "nums = [5, 8, 2]" in html and "target = 10" in html
    assert "[0, 0]" in html and "Expected" in html and "Your answer" in html


def test_printed_output_is_shown(client: TestClient) -> None:
    code = (
        "class Solution:\n    def twoSum(self, nums, target):\n"
        "        print('peeking at', nums)\n        return [0, 1]\n"
    )
    body = client.post("/api/problems/two-sum/run", json={"code": code}).json()
    assert body["verdict"] == "wrong_answer"
    assert "You printed" in body["html"] and "peeking at [6, 1, 13, 4]" in body["html"]


def test_syntax_errors_are_a_verdict_not_a_crash(client: TestClient) -> None:
    body = client.post(
        "/api/problems/two-sum/run", json={"code": "class Solution:\n    def twoSum(self\n"}
    ).json()
    assert body["verdict"] == "syntax_error"
    assert "Syntax Error" in body["html"]


def test_hints_are_revealed_one_at_a_time_and_recorded(client: TestClient, web_ctx: Context) -> None:
    problem = web_ctx.catalog.get("group-anagrams")
    total = len(problem.hints.hints)
    for number in range(1, total + 1):
        body = client.post("/api/problems/group-anagrams/hint").json()
        assert body["number"] == number and body["total"] == total
        assert f"Hint {number}" in body["html"]
        assert body["done"] == (number == total)
    assert web_ctx.store.hints_used(problem.id) == total
    again = client.post("/api/problems/group-anagrams/hint").json()
    assert again["done"] and again["html"] == ""
    page = client.get("/problems/group-anagrams").text
    assert f"All {total} hints shown" in page and page.count('class="hint"') == total


def test_editorial_needs_a_confirm_until_solved(client: TestClient, solution_code: str) -> None:
    locked = client.get("/api/problems/valid-anagram/editorial")
    assert locked.status_code == 409 and locked.json()["needs_confirm"]
    confirmed = client.get("/api/problems/valid-anagram/editorial", params={"confirm": 1})
    assert confirmed.status_code == 200 and "Reference solution" in confirmed.json()["html"]
    client.post("/api/problems/two-sum/submit", json={"code": solution_code})
    solved = client.get("/api/problems/two-sum/editorial")
    assert solved.status_code == 200
    assert "one pass with a value-to-index map" in solved.json()["html"]
    assert "Follow-up questions" in solved.json()["html"]


def test_attempt_history_gives_back_the_code(client: TestClient, web_ctx: Context) -> None:
    code = "class Solution:\n    def containsDuplicate(self, nums):\n        return False  # v1\n"
    client.post("/api/problems/contains-duplicate/run", json={"code": code})
    attempt = web_ctx.store.attempt_summaries(web_ctx.catalog.get("contains-duplicate").id, limit=1)[0]
    r = client.get(f"/api/problems/contains-duplicate/attempts/{attempt['id']}")
    assert r.json()["code"] == code
    assert client.get("/api/problems/contains-duplicate/attempts/999999").status_code == 404
    assert 'data-attempt="' in client.get("/problems/contains-duplicate").text


def test_rating_a_card_schedules_it_and_serves_the_next(client: TestClient, web_ctx: Context) -> None:
    first = client.get("/review", params={"track": "deep-learning"}).text
    card_id = first.split('data-card-id="', 1)[1].split('"', 1)[0]
    r = client.post(
        "/api/review/rate",
        json={"card_id": card_id, "rating": 3, "duration_s": 4.2, "track": "deep-learning"},
    )
    assert r.status_code == 200
    body = r.json()
    assert body["rated"] == "Good" and body["message"].startswith("Good: back in")
    assert f'data-card-id="{card_id}"' not in body["html"]
    item = web_ctx.store.review_item(f"card:{card_id}")
    assert item is not None and item["due"] > web_ctx.clock()
    assert client.post("/api/review/rate", json={"card_id": card_id, "rating": 7}).status_code == 422
    assert client.post("/api/review/rate", json={"card_id": "no-such-card", "rating": 3}).status_code == 404
