"""The libraries track in the web app: its problems are listed, their pages render, and a
submission is judged on the libraries worker, a DataFrame answer shown as a table beside the
expected one."""

from __future__ import annotations

from web_support import TestClient

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT

PANDAS = "groupby-transform-share"


def test_the_track_is_listed_and_its_pages_render(client: TestClient, catalog: Catalog) -> None:
    page = client.get("/problems", params={"track": "libraries"})
    assert page.status_code == 200
    problems = catalog.problems("libraries")
    assert len(problems) >= 40
    assert all(p.title in page.text for p in problems)
    for library in ("torch", "sklearn", "pandas"):
        assert any(p.extra["library"] == library for p in problems)
    assert client.get(f"/problems/{PANDAS}").status_code == 200


def test_a_dataframe_answer_is_judged_and_shown_as_tables(client: TestClient, catalog: Catalog) -> None:
    problem = catalog.get(PANDAS)
    accepted = client.post(f"/api/problems/{PANDAS}/submit", json={"code": problem.solution}).json()
    assert accepted["verdict"] == "accepted", accepted.get("message")
    wrong = (BUILTIN_CONTENT / "libraries" / PANDAS / "wrong" / "groupby_sum_not_transform.py").read_text()
    body = client.post(f"/api/problems/{PANDAS}/submit", json={"code": wrong}).json()
    assert body["verdict"] == "wrong_answer"
    shown = next(c for c in body["cases"] if c["verdict"] == "wrong_answer" and "input" in c)
    assert set(shown["expected"]) == {"columns", "dtypes", "index", "rows"}
    html = body["html"]
    assert html.count("<table") >= 2 and "share" in html  # expected and got, as tables
