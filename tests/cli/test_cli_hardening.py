"""The command line never shows a traceback for a data folder that is a file or an answer that
cannot be printed, and loses no attempt."""

from __future__ import annotations

from pathlib import Path

from test_cli import mli

SURROGATE = 'class Solution:\n    def twoSum(self, nums, target):\n        return "\\ud800"\n'


def test_a_home_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    home = tmp_path / "not-a-folder"
    home.write_text("mine")
    result = mli("list", home=home)
    assert result.returncode == 2
    assert "MLINTERVIEW_HOME" in result.stdout and "is a file" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert home.read_text() == "mine"


def test_an_unprintable_answer_gets_its_verdict_and_is_recorded(tmp_path: Path) -> None:
    home = tmp_path / "home"
    source = tmp_path / "two-sum.py"
    source.write_text(SURROGATE)
    result = mli("submit", str(source), "--no-complexity", home=home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Wrong Answer" in result.stdout and "\\ud800" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    progress = mli("progress", home=home)
    assert "two-sum" in progress.stdout and "wrong_answer" in progress.stdout
