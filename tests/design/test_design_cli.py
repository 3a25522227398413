"""``mli design`` end to end: start writes the template, grade prints the JSON contract, records
the grade and puts missed points in the review queue."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from mlinterview.config import BUILTIN_CONTENT

MLI = str(Path(sys.executable).parent / "mli")


def mli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MLINTERVIEW_HOME": str(home), "COLUMNS": "160"}
    env.pop("MLINTERVIEW_DATABASE_URL", None)
    return subprocess.run([MLI, *args], capture_output=True, text=True, env=env, timeout=120)


STRONG = Path(__file__).parent / "calibration" / "payment-fraud" / "strong.md"


def test_list_show_start_grade(tmp_path: Path) -> None:
    home = tmp_path / "home"
    listed = mli("list", "--track", "design", "--json", home=home)
    assert listed.returncode == 0, listed.stderr
    slugs = {row["slug"] for row in json.loads(listed.stdout)}
    assert {"payment-fraud", "home-feed-ranking", "rag-assistant-internal-docs"} <= slugs

    shown = mli("show", "payment-fraud", home=home)
    assert shown.returncode == 0 and "checkout" in shown.stdout

    started = mli("design", "start", "payment-fraud", home=home)
    assert started.returncode == 0, started.stderr
    answer = home / "workspace" / "design" / "payment-fraud.md"
    assert "## Serving and latency" in answer.read_text() and "45 minutes" in started.stdout

    empty = mli("design", "grade", "payment-fraud", str(answer), "--json", "--no-record", home=home)
    assert empty.returncode == 0, empty.stderr
    assert json.loads(empty.stdout)["score"] == 0

    answer.write_text(STRONG.read_text())
    graded = mli("design", "grade", "payment-fraud", str(answer), "--json", home=home)
    result = json.loads(graded.stdout)
    assert set(result) == {"score", "points"} and 0.8 <= result["score"] <= 1
    for point in result["points"]:
        assert set(point) == {"id", "stage", "weight", "covered", "evidence"}
        if point["covered"]:
            assert point["evidence"]
            for sentence in point["evidence"]:
                assert sentence.rstrip("…") in re.sub(r"\s+", " ", STRONG.read_text())
        else:
            assert point["evidence"] == []

    weak = tmp_path / "weak.md"
    weak.write_text((Path(__file__).parent / "calibration" / "payment-fraud" / "weak.md").read_text())
    table = mli(
        "design", "grade", "payment-fraud", str(weak), "--self", "delayed-labels,model-and-rules", home=home
    )
    assert table.returncode == 0, table.stderr
    assert "You ticked, the grader did not find" in table.stdout and "review cards" in table.stdout

    listed_again = json.loads(mli("list", "--track", "design", "--json", home=home).stdout)
    fraud = next(r for r in listed_again if r["slug"] == "payment-fraud")
    assert fraud["attempts"] == 2 and fraud["best_score"] >= 0.8


def test_grade_errors_are_clear(tmp_path: Path) -> None:
    home = tmp_path / "home"
    missing = mli("design", "grade", "payment-fraud", str(tmp_path / "nope.md"), home=home)
    assert missing.returncode == 2 and "does not exist" in missing.stdout
    typo = mli("design", "grade", "payment-frau", str(STRONG), home=home)
    assert typo.returncode == 2 and "payment-fraud" in typo.stdout
    bad_self = mli("design", "grade", "payment-fraud", str(STRONG), "--self", "nonsense", home=home)
    assert bad_self.returncode == 2 and "nonsense" in bad_self.stdout


def test_validate_proves_design_prompts(tmp_path: Path) -> None:
    slugs = sorted(p.name for p in (BUILTIN_CONTENT / "design").iterdir() if p.is_dir())
    proved = mli("validate", *slugs, home=tmp_path / "home")
    assert proved.returncode == 0, proved.stdout
    assert f"{len(slugs)}/{len(slugs)} problems valid" in proved.stdout
