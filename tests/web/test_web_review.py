"""The review page like Anki, through the web API: undo, counts, suspend, bury, flag, note."""

from __future__ import annotations

from web_support import TestClient

from mlinterview.services.context import Context


def _card_id(html: str) -> str:
    return html.split('data-card-id="', 1)[1].split('"', 1)[0]


def test_undo_brings_the_card_and_the_counts_back(client: TestClient, web_ctx: Context) -> None:
    page = client.get("/review", params={"track": "stats"}).text
    card_id = _card_id(page)
    assert 'data-count="new"' in page and 'data-count="learning"' in page
    rated = client.post("/api/review/rate", json={"card_id": card_id, "rating": 1, "track": "stats"}).json()
    assert rated["counts"]["learning"] >= 1 and f'data-card-id="{card_id}"' not in rated["html"]
    undone = client.post("/api/review/undo", json={"track": "stats"})
    assert undone.status_code == 200
    body = undone.json()
    assert _card_id(body["html"]) == card_id  # the same card is shown again
    assert web_ctx.store.review_item(f"card:{card_id}") is None  # it was new, and is new again
    assert body["counts"]["new"] == rated["counts"]["new"] + 1
    assert client.post("/api/review/undo", json={}).status_code == 409


def test_suspend_bury_flag_and_note(client: TestClient) -> None:
    card_id = _card_id(client.get("/review", params={"track": "sql"}).text)
    flagged = client.post("/api/review/mark", json={"card_id": card_id, "flagged": True, "track": "sql"})
    assert flagged.status_code == 200 and "⚑ Flagged" in flagged.json()["html"]
    noted = client.post("/api/review/mark", json={"card_id": card_id, "note": "joins <b>twice</b>"}).json()
    assert "joins &lt;b&gt;twice&lt;/b&gt;" in noted["html"]
    suspended = client.post(
        "/api/review/mark", json={"card_id": card_id, "suspended": True, "track": "sql"}
    ).json()
    assert f'data-card-id="{card_id}"' not in suspended["html"]
    page = client.get("/review").text
    assert "1 suspended card" in page and f'data-unsuspend="{card_id}"' in page
    client.post("/api/review/mark", json={"card_id": card_id, "suspended": False})
    other = _card_id(client.get("/review", params={"track": "sql"}).text)
    buried = client.post("/api/review/mark", json={"card_id": other, "buried": True, "track": "sql"}).json()
    assert f'data-card-id="{other}"' not in buried["html"] and buried["message"] == "Buried until tomorrow."
