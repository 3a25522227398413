"""The SQL track through ``mli``: start, run with readable tables, submit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from mlinterview.config import BUILTIN_CONTENT

MLI = str(Path(sys.executable).parent / "mli")
PACK = BUILTIN_CONTENT / "sql" / "second-highest-salary"


def mli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MLINTERVIEW_HOME": str(home), "COLUMNS": "120"}
    env.pop("MLINTERVIEW_DATABASE_URL", None)
    return subprocess.run([MLI, *args], capture_output=True, text=True, env=env, timeout=120)


def test_start_run_submit(tmp_path: Path) -> None:
    home = tmp_path / "home"
    shown = mli("show", "second-highest-salary", home=home)
    assert shown.returncode == 0 and "second_highest_salary" in shown.stdout and "Amara" in shown.stdout

    started = mli("start", "second-highest-salary", home=home)
    assert started.returncode == 0, started.stderr
    path = home / "workspace" / "sql" / "second-highest-salary.sql"
    assert path.read_text() == (PACK / "starter.sql").read_text()

    path.write_text("SELECT MAX(salary) AS second_highest_salary FROM employees;\n")
    ran = mli("run", str(path), home=home)
    assert ran.returncode == 1
    out = ran.stdout
    assert "Wrong Answer" in out and "employees" in out and "Amara" in out
    assert "second_highest_salary" in out and "88000" in out and "95000" in out
    assert "one row differs: expected (88000), got (95000)" in out

    path.write_text((PACK / "solution.sql").read_text())
    submitted = mli("submit", str(path), "--json", home=home)
    assert submitted.returncode == 0, submitted.stdout + submitted.stderr
    report = json.loads(submitted.stdout)
    assert report["verdict"] == "accepted" and report["passed"] == report["total"] >= 6
    assert report["cases"][0]["expected"] == {"columns": ["second_highest_salary"], "rows": [[88000]]}


def test_a_refused_statement_is_explained(tmp_path: Path) -> None:
    target = tmp_path / "second-highest-salary.sql"
    target.write_text("-- Clean up first\nDROP TABLE employees;\n")
    result = mli("submit", str(target), home=tmp_path / "home")
    assert result.returncode == 1
    assert "Runtime Error" in result.stdout and "not" in result.stdout
    report = json.loads(mli("submit", str(target), "--json", home=tmp_path / "home").stdout)
    assert report["message"].endswith("found: DROP TABLE employees")  # the statement, not the comment
