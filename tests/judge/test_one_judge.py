"""One judge: Python, SQL and the libraries track go through the same grading loop, and the
process that judges (the CLI, the web app, `mli validate`) never imports DuckDB, PyTorch,
scikit-learn or pandas: they are imported only by warm workers and run only in sandboxed children."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import json, sys
from mlinterview.config import Config
from mlinterview.services import practice, sql
from mlinterview.services.context import Context
from mlinterview.services.validate import validate_problem

with Context(Config.from_env(), workers=1) as ctx:
    problem = ctx.catalog.get("rank-scores")
    judged = practice.submit(ctx, problem, problem.solution)
    tables = sql.sample_tables(ctx, problem)
    proof = validate_problem(ctx, ctx.catalog.get("duplicate-emails"))
    python = practice.submit(ctx, ctx.catalog.get("two-sum"), ctx.catalog.get("two-sum").solution)
    kinds = ctx.pool.kinds()
print(json.dumps({
    "sql": judged.report.verdict.value,
    "tables": [t.name for t in tables],
    "proof": proof.problems,
    "python": python.report.verdict.value,
    "kinds": kinds,
    "loaded": sorted(set(sys.modules) & {"duckdb", "torch", "sklearn", "pandas"}),
}))
"""


@pytest.mark.slow
def test_sql_is_judged_proven_and_shown_without_duckdb_in_this_process(tmp_path: Path) -> None:
    env = {"MLINTERVIEW_HOME": str(tmp_path / "home"), "MLINTERVIEW_DAEMON": "off", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["sql"] == "accepted" and out["python"] == "accepted"
    assert out["tables"] == ["scores"]
    assert out["proof"] == []
    assert out["kinds"] == {"python": 1, "sql": 1}
    assert out["loaded"] == []
