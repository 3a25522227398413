"""The verdict panel compares at a glance: Python literals, aligned entries with the differing
ones marked, named tuple parts, "returned None", long inputs cut with a way to see all of it,
case chips that are buttons, and a Time Limit Exceeded that says how large the input was."""

from __future__ import annotations

from typing import Any

from mlinterview.catalog import Catalog
from mlinterview.services.values import value_text
from mlinterview.web.compare import aligned
from mlinterview.web.present import report_view
from mlinterview.web.templating import render


def _case(**fields: Any) -> dict[str, Any]:
    return {"case_id": "hidden-3", "verdict": "wrong_answer", "time_s": 0.01, "is_sample": False, **fields}


def _html(catalog: Catalog, slug: str, *cases: dict[str, Any], verdict: str = "wrong_answer") -> str:
    problem = catalog.get(slug)
    report = {"verdict": verdict, "passed": 0, "total": len(cases), "cases": list(cases)}
    return render("_verdict.html", r=report_view(problem, report, "submit"), problem=problem)


def test_checker_messages_read_as_python() -> None:
    from mlinterview.judge.checkers import get_checker

    check = get_checker("exact")
    assert check([True, [1]], [False, None]).message == "answer[0]: expected True, got False"
    assert check([1, 2], None).message == "answer: expected a list ([1, 2]), got None"


def test_values_read_as_python() -> None:
    assert value_text([False, None, "a", 1.5, (1,)]) == "[False, None, 'a', 1.5, (1,)]"
    assert value_text({"k": True}) == "{'k': True}"
    assert value_text(float("nan")) == "float('nan')"


def test_arrays_are_aligned_with_the_differences_marked(catalog: Catalog) -> None:
    rows = aligned([1, 2, 3], [1, 5])
    assert rows is not None
    assert [(r["label"], r["got"], r["differs"]) for r in rows] == [
        ("[0]", "1", False),
        ("[1]", "5", True),
        ("[2]", "—", True),
    ]
    html = _html(catalog, "two-sum", _case(input=[[3, 2, 4], 6], expected=[1, 2], got=[0, 2]))
    assert html.count('class="differs"') == 1 and "Entry by entry" in html


def test_tuple_parts_are_named_from_the_problem(catalog: Catalog) -> None:
    expected = [0.5, [[0.1]], [0.2], [[0.3]], [0.4]]
    got = [0.5, [[0.1]], [0.9], [[0.3]], [0.4]]
    html = _html(
        catalog,
        "mlp-forward-backward",
        _case(input=[[[1.0]], [0], [[1.0]], [0.0], [[1.0]], [0.0]], expected=expected, got=got),
    )
    assert '<tr class="differs"><th scope="row">db1</th>' in html
    assert '<th scope="row">dW2</th>' in html


def test_a_missing_return_is_said_plainly(catalog: Catalog) -> None:
    html = _html(
        catalog,
        "two-sum",
        _case(input=[[2, 7], 9], expected=[0, 1], got=None, message="answer: expected a list, got a null"),
    )
    assert "Your function returned None" in html and "got a null" not in html
    assert '<pre class="got-bad">None</pre>' in html


def test_long_inputs_are_cut_with_the_whole_one_at_hand(catalog: Catalog) -> None:
    nums = list(range(5000))
    html = _html(catalog, "two-sum", _case(input=[nums, 9997], expected=[4998, 4999], got=[0, 1]))
    assert "len(nums) = 5,000" in html and "Show all of it" in html
    assert 'data-copy="full-hidden-3"' in html and "4999, 9997" not in html.split("Show all")[0][-200:]
    assert ", 4999]" in html  # the whole input is in the page, behind "Show all"


def test_case_chips_are_buttons_and_a_time_limit_says_the_input_size(catalog: Catalog) -> None:
    slow = _case(verdict="time_limit", input=[list(range(3000)), 5], expected=[0, 1], got=None, message="")
    passed = {"case_id": "example-1", "verdict": "accepted", "time_s": 0.001, "is_sample": True}
    html = _html(catalog, "two-sum", passed, slow, verdict="time_limit")
    assert html.count('<button type="button" class="case-chip') == 2
    assert 'data-case="hidden-3" data-has-details="1"' in html
    assert "Too slow on hidden-3" in html and "len(nums) = 3,000" in html
    assert '<span aria-hidden="true">⏱</span>' in html  # not told apart by colour alone
    assert "Your function returned None" not in html
