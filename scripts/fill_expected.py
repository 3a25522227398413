"""Write the `expected` of hand-written cases by running the reference in the sandbox.

In cases.yaml, write `expected: fill` for a case whose answer is tedious to work out by hand
(floats above all), then run

    python scripts/fill_expected.py SLUG [SLUG ...]      (or: make fill-expected SLUG=...)

Each `expected: fill` line is replaced, in place and in order, by the reference's answer in
YAML flow style with full float precision; nothing else in the file changes. Check the new
values (they are only as right as the reference) and run `mli validate SLUG`.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import yaml

from mlinterview.config import Config
from mlinterview.judge.grader import collect
from mlinterview.services.context import Context
from mlinterview.services.tasks import task_for

MARKER = re.compile(r"^([ \t]*(?:-[ \t]+)?expected:[ \t]*)fill[ \t]*$", re.MULTILINE)


def flow(value: Any) -> str:
    """One-line YAML for a JSON-like value; floats keep every digit (repr), inf is .inf."""
    return yaml.safe_dump(value, default_flow_style=True, width=10**9).strip().removesuffix("...").strip()


def fill(ctx: Context, slug: str) -> int:
    problem = ctx.catalog.get(slug)
    if problem.track == "sql":
        raise SystemExit(f"{slug}: sql expected results come from solution.sql; nothing to fill")
    path = problem.file("cases.yaml")
    samples, hidden = ctx.catalog.cases(problem)
    todo = [(c["id"], c["args"]) for c in samples + hidden if c["expected"] == "fill"]
    if not todo:
        return 0
    values = iter(collect(ctx.pool, task_for(problem, problem.solution), todo))
    text = MARKER.sub(lambda m: m.group(1) + flow(next(values)), path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    return len(todo)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip())
        return 2
    with Context(Config.from_env(), workers=1) as ctx:
        for slug in argv:
            print(f"{slug}: filled {fill(ctx, slug)} expected value(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
