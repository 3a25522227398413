"""The Testcase tab's custom input: the learner's output beside the reference's for an input
they wrote, and a clear message naming a malformed argument."""

from __future__ import annotations

from web_support import TestClient

from mlinterview.catalog import Catalog
from mlinterview.errors import UserInputError
from mlinterview.services.context import Context
from mlinterview.services.custom_input import parse_input, sample_inputs


def test_samples_come_in_the_editable_format(web_ctx: Context) -> None:
    first = sample_inputs(web_ctx, web_ctx.catalog.get("two-sum"))[0]
    assert first.splitlines()[0].startswith("nums = [") and first.splitlines()[1].startswith("target = ")


def test_bad_input_names_the_argument(catalog: Catalog) -> None:
    problem = catalog.get("two-sum")
    assert parse_input(problem, "nums = (3,\n  2, 4)\ntarget = 6") == [[3, 2, 4], 6]
    for text, start in [
        ("nums = [2, 7\ntarget = 9", "nums: malformed value"),
        ("nums = [2, 7]", "target: missing"),
        ("nums = [2]\ntarget = 9\nk = 1", "k: not an argument"),
        ("nums = [2]\ntarget = __import__('os')", "target: malformed value"),
    ]:
        try:
            parse_input(problem, text)
        except UserInputError as exc:
            assert str(exc).startswith(start), (text, str(exc))
        else:
            raise AssertionError(f"{text!r} was accepted")


def test_custom_input_runs_beside_the_reference(
    client: TestClient, solution_code: str, wrong_code: str
) -> None:
    url = "/api/problems/two-sum/custom"
    same = client.post(url, json={"code": solution_code, "input": "nums = [1, 5, 5]\ntarget = 10"})
    assert same.status_code == 200 and same.json()["verdict"] == "accepted"
    assert "Same answer as the reference" in same.json()["html"]
    assert '<pre class="expected" id="custom-expected">[1, 2]</pre>' in same.json()["html"]
    other = client.post(url, json={"code": wrong_code, "input": "nums = [5, 8, 2]\ntarget = 10"}).json()
    assert other["verdict"] == "wrong_answer" and "Different from the reference" in other["html"]
    assert '<pre class="got-bad" id="custom-got">[0, 0]</pre>' in other["html"]
    bad = client.post(url, json={"code": solution_code, "input": "nums = [1, 5\ntarget = 10"})
    assert bad.status_code == 400 and bad.json()["error"].startswith("nums: malformed value")
    sql = client.post("/api/problems/book-buyers/custom", json={"code": "SELECT 1", "input": "x = 1"})
    assert sql.status_code == 400
