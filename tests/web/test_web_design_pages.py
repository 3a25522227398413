"""The Design pages and their API through the in-process client."""

from __future__ import annotations

from pathlib import Path

from web_support import TestClient

STRONG = Path(__file__).parents[1] / "design" / "calibration" / "rag-assistant-internal-docs" / "strong.md"


def test_list_and_practice_pages(client: TestClient) -> None:
    listing = client.get("/design")
    assert listing.status_code == 200 and "RAG assistant over internal documents" in listing.text
    practice = client.get("/design/rag-assistant-internal-docs")
    assert practice.status_code == 200
    assert 'id="design-clock"' in practice.text and "diagram.js" in practice.text
    assert "diagram.js" not in client.get("/problems").text  # Mermaid loads on design pages only
    missing = client.get("/design/rag-assistant")
    assert missing.status_code == 404 and "/design/rag-assistant-internal-docs" in missing.text


def test_autosave_then_grade(client: TestClient) -> None:
    saved = client.post(
        "/api/design/payment-fraud/draft", json={"sections": {"data": "Chargebacks arrive late."}}
    )
    assert saved.status_code == 200 and "saved_at" in saved.json()
    assert "Chargebacks arrive late." in client.get("/design/payment-fraud").text
    bad = client.post("/api/design/payment-fraud/draft", json={"sections": {"vibes": "x"}})
    assert bad.status_code == 400 and "vibes" in bad.json()["error"]

    from mlinterview.services.design import split_sections

    sections = split_sections(STRONG.read_text())
    graded = client.post(
        "/api/design/rag-assistant-internal-docs/grade",
        json={"sections": sections, "self_ids": ["access-control"]},
    )
    assert graded.status_code == 200
    body = graded.json()
    assert body["score"] > 0.8 and {p["id"] for p in body["points"] if p["covered"]} >= {"access-control"}
    assert "Model answer" in body["html"] and "point-covered" in body["html"]
    unknown = client.post(
        "/api/design/rag-assistant-internal-docs/grade", json={"sections": sections, "self_ids": ["nope"]}
    )
    assert unknown.status_code == 400 and "nope" in unknown.json()["error"]
    assert "Best score" in client.get("/design").text and "%" in client.get("/design").text
