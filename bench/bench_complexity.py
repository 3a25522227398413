"""How reliable is the complexity feedback? (``make bench``)

Measures every Blind 75 reference and every ``slow/`` solution with the same growth check a
learner gets after Accepted, and counts: references read as on target (no false push-back), slow
solutions flagged. Takes a few minutes. docs/JUDGE.md quotes the result.
"""

from __future__ import annotations

import json
from pathlib import Path

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.judge.complexity import measure
from mlinterview.judge.pool import PoolSettings, WorkerPool
from mlinterview.services.tasks import task_for


def main() -> None:
    catalog = Catalog([BUILTIN_CONTENT])
    rows = []
    with WorkerPool(PoolSettings(size=1, hide=[str(BUILTIN_CONTENT)])) as pool:
        for problem in catalog.problems("dsa"):
            if not problem.complexity or not problem.has_generator:
                continue
            gen, target = problem.file("gen.py"), problem.complexity["time"]
            reference = measure(pool, task_for(problem, problem.solution), gen, target)
            slow = []
            for path in problem.solutions_in("slow"):
                result = measure(pool, task_for(problem, path.read_text()), gen, target)
                slow.append(
                    {
                        "file": path.name,
                        "flagged": bool(result and not result["on_target"]),
                        "exponent": result and result["exponent"],
                    }
                )
            rows.append(
                {
                    "slug": problem.slug,
                    "target": target,
                    "reference_on_target": bool(reference and reference["on_target"]),
                    "reference_exponent": reference and reference["exponent"],
                    "slow": slow,
                }
            )
    references = sum(r["reference_on_target"] for r in rows)
    slows = [s for r in rows for s in r["slow"]]
    flagged = sum(s["flagged"] for s in slows)
    print(f"references read as on target: {references}/{len(rows)}")
    print(f"slow/ solutions flagged:      {flagged}/{len(slows)}")
    for r in rows:
        for s in r["slow"]:
            if not s["flagged"]:
                exponent = f"n^{s['exponent']:.1f}" if s["exponent"] is not None else "unmeasured"
                print(f"  not flagged: {r['slug']}/slow/{s['file']} ({exponent} on random inputs)")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "complexity.json").write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
