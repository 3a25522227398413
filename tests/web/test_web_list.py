"""The problem list: search over titles, topics and patterns, topic chips, progress per
pattern, sorting, and "pick one for me"."""

from __future__ import annotations

import re

from web_support import TestClient

from mlinterview.services.context import Context


def _titles(html: str) -> list[str]:
    return re.findall(r'class="problem-link" href="/problems/[^"]+">([^<]+)</a>', html)


def test_search_finds_topics_and_patterns(client: TestClient, web_ctx: Context) -> None:
    html = client.get("/problems", params={"q": "hash"}).text
    titles = _titles(html)
    hashed = [p.title for p in web_ctx.catalog.problems() if "hash-table" in p.topics]
    assert hashed and set(hashed) <= set(titles)
    assert "Two Sum" in titles  # tagged hash-table, not named so
    assert "Reverse Linked List" not in titles


def test_pattern_progress_chips_filter(client: TestClient, web_ctx: Context) -> None:
    html = client.get("/problems", params={"track": "dsa"}).text
    total = sum(
        p.pattern == "two-pointers" or "two-pointers" in p.topics for p in web_ctx.catalog.problems("dsa")
    )
    assert re.search(rf"Two Pointers</span>\s*<span class=\"pattern-count\">0 of {total}</span>", html)
    filtered = client.get("/problems", params={"track": "dsa", "topic": "two-pointers"}).text
    assert len(_titles(filtered)) == total and 'aria-current="true"' in filtered


def test_sort_by_title(client: TestClient) -> None:
    titles = _titles(client.get("/problems", params={"track": "sql", "sort": "title"}).text)
    assert titles == sorted(titles, key=str.lower) and len(titles) > 5


def test_pick_one_opens_an_unsolved_problem_from_the_list(client: TestClient) -> None:
    listed = set(_titles(client.get("/problems", params={"track": "stats", "difficulty": "hard"}).text))
    for _ in range(3):
        r = client.get(
            "/problems/pick", params={"track": "stats", "difficulty": "hard"}, follow_redirects=False
        )
        assert r.status_code == 303
        page = client.get(r.headers["location"]).text
        title = re.search(r'<h1 class="problem-title">([^<]+)</h1>', page)
        assert title and title.group(1) in listed
    assert client.get("/problems/pick", params={"q": "no such words at all"}).status_code == 404
