"""The libraries track's judge: tensors and DataFrames in and out, driver-style packs, dotted
bans, a frame checker that names the first difference, and a warm worker that has PyTorch,
scikit-learn and pandas imported before it forks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from mlinterview.catalog import Catalog, Problem
from mlinterview.judge.checkers.frames import check_frame
from mlinterview.judge.grader import Case, collect, judge
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import Verdict
from mlinterview.services.tasks import task_for

FRAME = {"columns": ["k", "v"], "rows": [["a", 1], ["b", 2], ["a", 3]]}


def make_pack(
    root: Path, slug: str, problem: dict[str, Any], solution: str, driver: str | None = None
) -> Problem:
    folder = root / "libraries" / slug
    folder.mkdir(parents=True)
    data = {
        "schema": 1,
        "id": f"libraries.{slug}",
        "slug": slug,
        "title": slug,
        "track": "libraries",
        "library": "torch",
        "difficulty": "easy",
        "topics": ["pytorch"],
        **problem,
    }
    (folder / "problem.yaml").write_text(yaml.safe_dump(data))
    (folder / "solution.py").write_text(solution)
    (folder / "starter.py").write_text("def nothing():\n    pass\n")
    (folder / "statement.md").write_text("# A test problem\n")
    (folder / "editorial.md").write_text("Nothing.\n")
    (folder / "hints.md").write_text("## Hint 1\nNone.\n")
    (folder / "cases.yaml").write_text(yaml.safe_dump({"schema": 1, "sample": [], "hidden": []}))
    if driver is not None:
        (folder / "driver.py").write_text(driver)
    catalog = Catalog([root])
    assert catalog.errors == []
    return catalog.get(slug)


VALUES = {
    "entry": {
        "style": "function",
        "name": "summarise",
        "params": ["x", "frame"],
        "types": {"x": "tensor", "frame": "dataframe"},
        "returns": "value",
    },
    "checker": {"kind": "float", "rtol": 1e-6, "atol": 1e-8},
    "forbidden_imports": ["torch.nn.MultiheadAttention"],
}
VALUES_SOLUTION = """
def summarise(x, frame):
    return {"doubled": x * 2, "sums": frame.groupby("k")["v"].transform("sum"), "n": int(x.numel())}
"""


@pytest.fixture
def values_problem(tmp_path: Path) -> Problem:
    return make_pack(tmp_path, "values", VALUES, VALUES_SOLUTION)


def expected_of(pool: WorkerPool, problem: Problem, args: list[Any]) -> Any:
    return collect(pool, task_for(problem, problem.solution, "solution.py"), [("a", args)])[0]


def test_tensors_and_dataframes_cross_the_sandbox_as_plain_data(
    pool: WorkerPool, values_problem: Problem
) -> None:
    args = [[1.0, 2.5], FRAME]
    expected = expected_of(pool, values_problem, args)
    assert expected["doubled"].tolist() == [2.0, 5.0] and str(expected["doubled"].dtype) == "float32"
    assert expected["sums"] == {"name": "v", "dtype": "int64", "index": [0, 1, 2], "values": [4, 2, 4]}
    assert expected["n"] == 2
    case = Case("a", args, expected, True)
    assert judge(pool, task_for(values_problem, values_problem.solution), [case]).is_accepted
    off = VALUES_SOLUTION.replace("x * 2", "x * 2 + 1e-3")
    report = judge(pool, task_for(values_problem, off), [case])
    assert report.verdict is Verdict.WRONG_ANSWER and "doubled" in report.message


def test_a_dotted_ban_holds_in_the_text_and_at_run_time(pool: WorkerPool, values_problem: Problem) -> None:
    args = [[1.0], FRAME]
    case = Case("a", args, expected_of(pool, values_problem, args), True)
    by_name = "import torch.nn as nn\ndef summarise(x, frame):\n    return nn.MultiheadAttention(4, 2)\n"
    report = judge(pool, task_for(values_problem, by_name), [case])
    assert report.verdict is Verdict.RUNTIME_ERROR and "torch.nn.MultiheadAttention" in report.message
    hidden = (
        "import torch\ndef summarise(x, frame):\n"
        "    return getattr(torch.nn, 'Multihead' + 'Attention')(4, 2)\n"
    )
    report = judge(pool, task_for(values_problem, hidden), [case])
    assert report.verdict is Verdict.RUNTIME_ERROR
    assert "ForbiddenImport: using 'torch.nn.MultiheadAttention' is not allowed" in report.cases[0].message
    # The reference (trusted) and the next submission are unaffected: the ban lived in one child.
    assert judge(pool, task_for(values_problem, values_problem.solution), [case]).is_accepted


DRIVER = """
import torch

def drive(learner, sizes, state):
    model = learner.TinyNet(*sizes)
    model.load_state_dict({k: torch.tensor(v) for k, v in state.items()})
    model.eval()
    with torch.no_grad():
        out = model(torch.ones(2, sizes[0]))
    return {"out": out, "names": sorted(model.state_dict())}
"""
NET = """
import torch
from torch import nn

class TinyNet(nn.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        self.layer = nn.Linear(n_in, n_out)

    def forward(self, x):
        return torch.relu(self.layer(x))
"""


def test_a_driver_pack_runs_the_learners_class(pool: WorkerPool, tmp_path: Path) -> None:
    spec = {
        "entry": {"style": "driver", "name": "TinyNet", "params": ["sizes", "state"], "returns": "value"},
        "checker": {"kind": "float", "rtol": 1e-5, "atol": 1e-6},
    }
    problem = make_pack(tmp_path, "tiny-net", spec, NET, DRIVER)
    state = {"layer.weight": [[0.5, -1.0, 0.25]], "layer.bias": [0.35]}
    args = [[3, 1], state]
    expected = expected_of(pool, problem, args)
    assert expected["names"] == ["layer.bias", "layer.weight"]
    assert expected["out"].ravel().tolist() == pytest.approx([0.1, 0.1])  # relu(0.5 - 1 + 0.25 + 0.35)
    case = Case("a", args, expected, True)
    assert judge(pool, task_for(problem, NET), [case]).is_accepted
    renamed = NET.replace("self.layer", "self.fc")
    report = judge(pool, task_for(problem, renamed), [case])
    assert report.verdict is Verdict.RUNTIME_ERROR and "layer.weight" in report.cases[0].message
    missing = "import torch\n"
    report = judge(pool, task_for(problem, missing), [case])
    assert report.verdict is Verdict.RUNTIME_ERROR and "does not define 'TinyNet'" in report.cases[0].message


def table(rows: list[list[Any]], dtypes: list[str] | None = None) -> dict[str, Any]:
    return {
        "columns": ["k", "v"],
        "dtypes": dtypes or ["object", "int64"],
        "index": list(range(len(rows))),
        "rows": rows,
    }


def test_the_frame_checker_names_the_first_difference() -> None:
    expected = table([["a", 1], ["b", 2.5]])
    assert check_frame(expected, table([["a", 1], ["b", 2.5 + 1e-12]])).ok
    assert (
        "row 1, column 'v': expected 2.5, got 2.6"
        in check_frame(expected, table([["a", 1], ["b", 2.6]])).message
    )
    assert (
        "expected dtype int64, got float64"
        in check_frame(expected, table([["a", 1], ["b", 2.5]], ["object", "float64"])).message
    )
    assert check_frame(expected, table([["a", 1], ["b", 2.5]], ["object", "float64"]), check_dtypes=False).ok
    swapped = table([["b", 2.5], ["a", 1]])
    assert not check_frame(expected, swapped).ok
    assert check_frame(expected, swapped, ordered=False).ok
    assert "expected 2 rows, got 1" in check_frame(expected, table([["a", 1]])).message
    assert (
        "columns" in check_frame(expected, {**table([["a", 1], ["b", 2.5]]), "columns": ["v", "k"]}).message
    )
    assert not check_frame(expected, table([["a", None], ["b", 2.5]])).ok


def test_without_the_libraries_the_track_says_how_to_install_them(
    values_problem: Problem, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mlinterview.errors import JudgeUnavailable
    from mlinterview.services import tasks

    monkeypatch.setattr(tasks, "missing_libraries", lambda: ["torch"])
    with pytest.raises(JudgeUnavailable, match=r"pip install 'mlinterview\[libs\]'"):
        task_for(values_problem, "x = 1")


def test_a_dataframe_constraint_counts_rows() -> None:
    from mlinterview.catalog.constraints import unreached, violations

    entry = {"params": ["frame"], "types": {"frame": "dataframe"}}
    stated = {"frame": {"len": 3, "min": 0, "max": 5}}
    assert violations(stated, entry, [FRAME]) == []
    four = {"columns": ["k", "v"], "rows": [*FRAME["rows"], ["c", 9]]}
    assert violations(stated, entry, [four]) == ["frame has length 4 > 3", "frame holds 9 > 5"]
    assert unreached({"frame": {"len": 5}}, entry, [[FRAME]]) == [
        "no case reaches frame length 5 (largest: 3)"
    ]
