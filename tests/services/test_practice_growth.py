"""A Time Limit Exceeded comes with the measured growth of the code, so the learner sees why
(n^2 where n is expected), not only that it was slow."""

from __future__ import annotations

from pathlib import Path

from mlinterview.config import Config
from mlinterview.judge.pool import WorkerPool
from mlinterview.services import practice
from mlinterview.services.context import Context


def test_a_time_limit_says_how_the_code_grows(home: Path, pool: WorkerPool) -> None:
    from mlinterview.judge.verdicts import Verdict

    ctx = Context(Config.from_env(), workers=1)
    ctx._pool = pool
    try:
        problem = ctx.catalog.get("contains-duplicate")
        slow = (problem.path / "slow" / "compare-every-pair.py").read_text()
        judged = practice.submit(ctx, problem, slow)
        assert judged.report.verdict == Verdict.TIME_LIMIT
        growth = judged.report.complexity
        assert growth is not None and growth["expected"] == "n" and not growth["on_target"]
    finally:
        ctx._pool = None
        ctx.close()
