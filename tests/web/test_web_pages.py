"""Every page of the web app renders what a learner needs, and failures are friendly pages."""

from __future__ import annotations

import re

from web_support import TestClient

from mlinterview.services.context import Context


def rows(html: str) -> list[str]:
    """Slugs of the problem rows of a list page, in order."""
    return re.findall(r'<tr data-slug="([^"]+)"', html)


def test_home_shows_today_tracks_and_next_problems(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    html = r.text
    assert "Today’s practice" in html
    assert "Due today" in html and "Next on the roadmap" in html
    assert "General coding" in html and "ML coding" in html
    assert 'href="/problems/contains-duplicate"' in html  # the roadmap's first problem
    assert "Streak" in html


def test_problem_list_in_roadmap_order_with_every_track(client: TestClient, web_ctx: Context) -> None:
    html = client.get("/problems").text
    slugs = rows(html)
    assert len(slugs) == len(web_ctx.catalog.problems())
    assert slugs.index("contains-duplicate") < slugs.index("two-sum") < slugs.index("3sum")
    for track in {p.track for p in web_ctx.catalog.problems()}:
        assert f'href="/problems?track={track}"' in html  # a tab per track, from the catalog


def test_problem_list_filters(client: TestClient, web_ctx: Context) -> None:
    ml = rows(client.get("/problems", params={"track": "ml"}).text)
    assert ml and all(web_ctx.catalog.get(s).track == "ml" for s in ml)
    easy = rows(client.get("/problems", params={"difficulty": "easy"}).text)
    assert easy and all(web_ctx.catalog.get(s).difficulty == "easy" for s in easy)
    hashing = rows(client.get("/problems", params={"topic": "hash-table"}).text)
    assert "two-sum" in hashing and all("hash-table" in web_ctx.catalog.get(s).topics for s in hashing)
    pattern = rows(client.get("/problems", params={"topic": "sliding-window"}).text)
    assert pattern and all(web_ctx.catalog.get(s).pattern == "sliding-window" for s in pattern)
    found = rows(client.get("/problems", params={"q": "Two sum"}).text)
    # every word, any order: title matches first, then pattern matches (3Sum: Two Pointers)
    assert found[:2] == ["two-sum", "sum-of-two-integers"] and "3sum" in found
    combined = rows(
        client.get("/problems", params={"track": "dsa", "difficulty": "hard", "q": "median"}).text
    )
    assert combined == ["find-median-from-data-stream"]
    nothing = client.get("/problems", params={"q": "no such problem anywhere"})
    assert nothing.status_code == 200 and "No problem matches these filters" in nothing.text


def test_problem_list_status_filter_and_marks(client: TestClient, solution_code: str) -> None:
    assert (
        client.post("/api/problems/two-sum/submit", json={"code": solution_code}).json()["verdict"]
        == "accepted"
    )
    solved = client.get("/problems", params={"status": "solved"}).text
    assert "two-sum" in rows(solved)
    assert 'data-slug="two-sum" data-status="solved"' in client.get("/problems").text
    todo = rows(client.get("/problems", params={"status": "todo"}).text)
    assert "two-sum" not in todo and "contains-duplicate" in todo
    bogus = client.get("/problems", params={"status": "whatever"})
    assert bogus.status_code == 200 and len(rows(bogus.text)) > 100  # an unknown status filters nothing


def test_problem_page_has_statement_editor_hints_and_shortcuts(client: TestClient, web_ctx: Context) -> None:
    r = client.get("/problems/longest-consecutive-sequence")
    assert r.status_code == 200
    html = r.text
    problem = web_ctx.catalog.get("longest-consecutive-sequence")
    assert f'<h1 class="problem-title">{problem.title}</h1>' in html
    assert "<h3>Example 1</h3>" in html and "<pre><code>" in html  # the statement, from Markdown
    assert 'id="code"' in html and "def longestConsecutive" in html  # the starter in the editor
    assert "editor.js?v=" in html and "problem.js?v=" in html
    assert "Show hint 1 of" in html
    assert "Ctrl</kbd>+<kbd>Enter</kbd> run" in html
    assert 'id="run-button"' in html and 'id="submit-button"' in html


def test_problem_page_prefills_the_last_attempt(client: TestClient) -> None:
    code = "class Solution:\n    def missingNumber(self, nums):\n        return 12345  # my attempt\n"
    client.post("/api/problems/missing-number/run", json={"code": code})
    html = client.get("/problems/missing-number").text
    assert "return 12345  # my attempt" in html
    assert "Your last attempt" in html


def test_unknown_problem_is_a_friendly_404_with_suggestions(client: TestClient) -> None:
    r = client.get("/problems/two-summ")
    assert r.status_code == 404
    assert "text/html" in r.headers["content-type"]
    assert "There is no problem called" in r.text
    assert 'href="/problems/two-sum"' in r.text  # did you mean
    assert "Traceback" not in r.text


def test_unknown_page_and_api_path(client: TestClient) -> None:
    page = client.get("/no/such/page")
    assert page.status_code == 404 and "Page not found" in page.text and "Go home" in page.text
    api = client.get("/api/no-such-endpoint")
    assert api.status_code == 404 and api.json()["error"]
    wrong_method = client.get("/api/review/rate")
    assert wrong_method.status_code == 405 and "error" in wrong_method.json()


def test_review_page_shows_one_card_and_the_keys(client: TestClient) -> None:
    html = client.get("/review").text
    assert 'class="flashcard" data-card-id="' in html
    assert "Show answer <kbd>Space</kbd>" in html
    assert html.count('data-rating="') == 4
    deck = client.get("/review", params={"track": "stats"})
    assert deck.status_code == 200 and "Statistics" in deck.text
    assert client.get("/review", params={"track": "astrology"}).status_code == 404


def test_progress_page_says_not_enough_data_rather_than_drawing_it(client: TestClient) -> None:
    html = client.get("/progress").text
    for chart in ("chart-bars", "chart-heat"):
        assert f'class="chart {chart}"' in html, chart
    # One or two solves and a failed submission make no trend and no "0% topic".
    assert 'class="chart chart-line"' not in html and 'class="chart chart-topics"' not in html
    assert html.count("Not enough data yet") == 2
    assert html.count('class="chart-col"') == 30  # the forecast's 30 days
    assert html.count('class="day"') > 300  # a year of calendar days


def test_charts_draw_once_there_is_enough_data() -> None:
    from datetime import date

    from mlinterview.web import charts

    today = date(2026, 3, 10)
    few = {"dsa": [(date(2026, 3, 1), 1), (date(2026, 3, 2), 2)]}
    assert "Not enough data yet" in charts.solved_over_time(few, {}, today, {})
    enough = {"dsa": [*few["dsa"], (date(2026, 3, 4), 3)]}
    assert 'class="chart chart-line"' in charts.solved_over_time(enough, {}, today, {})
    assert "Not enough data yet" in charts.topic_bars([("hashing", 0, 1)])
    drawn = charts.topic_bars([("hashing", 0, 1), ("graphs", 1, 4)])
    assert "graphs" in drawn and "hashing" not in drawn


def test_static_assets_are_served_and_cacheable(client: TestClient) -> None:
    css = client.get("/static/style.css?v=1")
    assert css.status_code == 200 and "immutable" in css.headers["cache-control"]
    editor = client.get("/static/editor.js")
    assert editor.status_code == 200 and "MLIEditor" in editor.text
    assert client.get("/favicon.ico").status_code == 200


def test_pages_send_security_headers(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"


def test_responses_travel_compressed(client: TestClient) -> None:
    import gzip

    with client.stream("GET", "/static/editor.js", headers={"Accept-Encoding": "gzip"}) as editor:
        assert editor.headers["content-encoding"] == "gzip"
        wire = b"".join(editor.iter_raw())  # the bytes as sent
    bundle = gzip.decompress(wire)
    assert b"MLIEditor" in bundle and len(wire) < len(bundle) / 2.5
    page = client.get("/problems", headers={"Accept-Encoding": "gzip"})
    assert page.headers["content-encoding"] == "gzip" and "Problems" in page.text
    plain = client.get("/problems", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
