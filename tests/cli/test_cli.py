"""The ``mli`` command end to end, as a learner uses it: real processes, a throwaway home."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mlinterview.config import BUILTIN_CONTENT

MLI = str(Path(sys.executable).parent / "mli")
TWO_SUM = BUILTIN_CONTENT / "dsa" / "two-sum"


def mli(
    *args: str, home: Path, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "MLINTERVIEW_HOME": str(home), "COLUMNS": "120", **(env or {})}
    environment.pop("MLINTERVIEW_DATABASE_URL", None)
    return subprocess.run(
        [MLI, *args], capture_output=True, text=True, env=environment, input=stdin, timeout=300
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def test_start_run_submit_loop(home: Path, tmp_path: Path) -> None:
    started = mli("start", "two-sum", home=home)
    assert started.returncode == 0, started.stderr
    path = home / "workspace" / "dsa" / "two-sum.py"
    assert path.read_text() == (TWO_SUM / "starter.py").read_text()
    assert str(path) in started.stdout.replace("\n", "")

    starter_run = mli("run", str(path), home=home)
    assert starter_run.returncode == 1
    assert "Wrong Answer" in starter_run.stdout and "expected" in starter_run.stdout

    path.write_text((TWO_SUM / "solution.py").read_text())
    result = mli("submit", str(path), "--json", home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["verdict"] == "accepted" and report["passed"] == report["total"] >= 28
    assert report["complexity"]["expected"] == "n"

    progress = mli("progress", home=home)
    assert progress.returncode == 0 and "two-sum" in progress.stdout


def test_submit_wrong_solution_exits_non_zero_with_failing_case(home: Path, tmp_path: Path) -> None:
    wrong = sorted((TWO_SUM / "wrong").glob("*.py"))[0]
    target = tmp_path / "two_sum.py"  # the problem is inferred from the file name
    target.write_text(wrong.read_text())
    result = mli("submit", str(target), "--json", home=home)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["verdict"] == "wrong_answer"
    failing = next(c for c in report["cases"] if c["verdict"] == "wrong_answer")
    assert {"input", "expected", "got"} <= set(failing)


def test_a_traceback_names_the_file_as_the_learner_typed_it(home: Path, tmp_path: Path) -> None:
    (tmp_path / "two_sum.py").write_text(
        "class Solution:\n    def twoSum(self, nums, target):\n        return nums[len(nums)]\n"
    )
    environment = {**os.environ, "MLINTERVIEW_HOME": str(home), "COLUMNS": "200"}
    environment.pop("MLINTERVIEW_DATABASE_URL", None)
    result = subprocess.run(
        [MLI, "run", "two_sum.py", "--json"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["verdict"] == "runtime_error"
    message = report["cases"][0]["message"]
    assert 'File "two_sum.py", line 3, in twoSum' in message and "IndexError" in message


def test_unknown_file_name_needs_problem_flag(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "mystery.py"
    target.write_text("pass\n")
    result = mli("submit", str(target), home=home)
    assert result.returncode == 2
    assert "--problem" in result.stdout


def test_malformed_submission_is_a_clear_error(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "two-sum.py"
    target.write_bytes(b"\xff\xfe not utf-8")
    result = mli("run", str(target), home=home)
    assert result.returncode == 2 and "not UTF-8" in result.stdout


def test_hints_are_revealed_one_at_a_time(home: Path) -> None:
    first = mli("hint", "two-sum", home=home)
    second = mli("hint", "two-sum", home=home)
    assert "Hint 1 of" in first.stdout and "Hint 2 of" in second.stdout


def test_solution_asks_first_when_unsolved(home: Path) -> None:
    refused = mli("solution", "two-sum", home=home, stdin="")
    assert refused.returncode != 0 and "--yes" in refused.stdout
    shown = mli("solution", "two-sum", "--yes", home=home)
    assert shown.returncode == 0 and "class Solution" in shown.stdout


def test_list_filters_and_json(home: Path) -> None:
    result = mli("list", "--track", "dsa", "--json", home=home)
    items = json.loads(result.stdout)
    assert any(i["slug"] == "two-sum" for i in items)
    assert all(i["track"] == "dsa" for i in items)
    easy = json.loads(mli("list", "--difficulty", "easy", "--json", home=home).stdout)
    assert easy and all(i["difficulty"] == "easy" for i in easy)
    roadmap = mli("list", "--track", "dsa", home=home).stdout
    assert roadmap.index("Arrays & Hashing") < roadmap.index("Trees")


@pytest.mark.parametrize("track", [None, "stats", "sql"])
def test_list_at_80_columns_never_cuts_a_slug(home: Path, track: str | None) -> None:
    args = ["list", "--track", track] if track else ["list"]
    slugs = [i["slug"] for i in json.loads(mli(*args, "--json", home=home).stdout)]
    result = mli(*args, home=home, env={"COLUMNS": "80"})
    assert result.returncode == 0, result.stdout
    words = {word for line in result.stdout.splitlines() for word in line.split()}
    assert all(len(line) <= 80 for line in result.stdout.splitlines())
    assert [s for s in slugs if s not in words] == []


def test_show_and_home_screen(home: Path) -> None:
    shown = mli("show", "two-sum", home=home)
    assert shown.returncode == 0 and "Two Sum" in shown.stdout and "General coding · easy" in shown.stdout
    screen = mli(home=home)
    assert screen.returncode == 0 and "General coding" in screen.stdout and "Next up" in screen.stdout


def test_doctor_reports_isolation(home: Path) -> None:
    result = mli("doctor", home=home)
    assert result.returncode == 0 and "isolation" in result.stdout
    assert "memory accounting:" in result.stdout and "job folder:" in result.stdout
    # the test environment installs the libraries extra: each package named with its version
    assert re.search(r"libraries track: torch \S+, sklearn \S+, pandas \S+\n", result.stdout), result.stdout
    if os.geteuid() == 0 and sys.platform.startswith("linux"):
        assert "full" in result.stdout
        assert "IPC namespace per job: yes" in result.stdout


def test_validate_one_problem(home: Path) -> None:
    result = mli("validate", "two-sum", home=home)
    assert result.returncode == 0, result.stdout
    assert "1/1 problems valid" in result.stdout


def test_corrupted_database_gives_a_clear_error(home: Path) -> None:
    home.mkdir(parents=True)
    db = home / "mlinterview.db"
    db.write_bytes(b"garbage" * 200)
    result = mli("progress", home=home)
    assert result.returncode == 2
    assert str(db) in result.stdout.replace("\n", "")
    assert db.read_bytes() == b"garbage" * 200


def test_help_lists_every_command(home: Path) -> None:
    result = mli("--help", home=home)
    for command in (
        "list",
        "show",
        "start",
        "run",
        "submit",
        "hint",
        "solution",
        "progress",
        "watch",
        "validate",
        "doctor",
    ):
        assert command in result.stdout


def test_watch_runs_samples_on_save(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "two-sum.py"
    target.write_text((TWO_SUM / "solution.py").read_text())
    result = mli("watch", str(target), "--once", home=home)
    assert result.returncode == 0 and "All samples pass" in result.stdout


def test_review_session_from_piped_keys(home: Path) -> None:
    result = mli("review", "--track", "stats", "--limit", "2", home=home, stdin=" \n3\n \n1\n")
    assert result.returncode == 0, result.stdout
    assert "good: back in" in result.stdout and "again: back in 1 min" in result.stdout
    assert "2 cards reviewed" in result.stdout


def test_today_and_anki_export(home: Path, tmp_path: Path) -> None:
    plan = mli("today", home=home)
    assert plan.returncode == 0 and "minutes" in plan.stdout
    assert "(s)" not in plan.stdout and "Statistics cards" in plan.stdout  # human names, plurals
    assert "(General coding, " in plan.stdout and "(dsa, " not in plan.stdout
    words = " ".join(plan.stdout.split())  # each item ends with the command that opens it
    assert "→ mli start contains-duplicate" in words and "→ mli review --track stats" in words
    target = tmp_path / "deck.apkg"
    exported = mli("export", "anki", str(target), "--track", "sql", home=home)
    assert exported.returncode == 0 and target.stat().st_size > 1000
    bad = mli("export", "anki", str(tmp_path / "deck.txt"), home=home)
    assert bad.returncode == 2 and ".apkg" in bad.stdout


def test_submit_rate_override_is_checked(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "two-sum.py"
    target.write_text((TWO_SUM / "solution.py").read_text())
    bad = mli("submit", str(target), "--rate", "superb", home=home)
    assert bad.returncode == 2 and "--rate" in bad.stdout
    ok = mli("submit", str(target), "--rate", "hard", "--no-complexity", home=home)
    assert ok.returncode == 0 and "rated hard" in ok.stdout


def test_run_with_plot_prints_the_picture_path(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "k-means.py"
    target.write_text((BUILTIN_CONTENT / "ml" / "k-means" / "solution.py").read_text())
    result = mli("run", str(target), "--plot", home=home)
    assert result.returncode == 0, result.stdout
    picture = Path(result.stdout.split("picture:")[1].split()[0])
    assert picture.is_file() and picture.read_bytes().startswith(b"\x89PNG")
