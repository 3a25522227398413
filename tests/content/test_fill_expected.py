"""scripts/fill_expected.py writes the reference's answers for `expected: fill` cases, in place."""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

import yaml

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.services.context import Context

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fill_expected.py"


def test_fill_writes_the_references_answers_and_nothing_else(ctx: Context, tmp_path: Path) -> None:
    folder = tmp_path / "stats" / "normal-interval-probability"
    shutil.copytree(BUILTIN_CONTENT / "stats" / "normal-interval-probability", folder)
    path = folder / "cases.yaml"
    original = yaml.safe_load(path.read_text())
    text = path.read_text()
    for case_id in ("ten-sigma", "just-above-mean", "whole-line"):
        value = next(c for c in original["sample"] + original["hidden"] if c["id"] == case_id)["expected"]
        dumped = yaml.safe_dump(value, default_flow_style=True).strip().removesuffix("...").strip()
        line = f"  expected: {dumped}\n"
        start = text.index(f"- id: {case_id}\n")
        at = text.index(line, start)
        text = text[:at] + "  expected: fill\n" + text[at + len(line) :]
    path.write_text(text)
    ctx.__dict__["catalog"] = Catalog([tmp_path])

    filled = runpy.run_path(str(SCRIPT))["fill"](ctx, "normal-interval-probability")

    assert filled == 3
    assert yaml.safe_load(path.read_text()) == original
    assert "fill" not in path.read_text()


def test_fill_on_the_last_line_keeps_the_final_newline(ctx: Context, tmp_path: Path) -> None:
    folder = tmp_path / "stats" / "normal-interval-probability"
    shutil.copytree(BUILTIN_CONTENT / "stats" / "normal-interval-probability", folder)
    path = folder / "cases.yaml"
    original = path.read_text()
    last = original.rstrip("\n").rsplit("\n", 1)[1]
    assert last.startswith("  expected: ")
    path.write_text(original[: original.rindex(last)] + "  expected: fill\n")
    ctx.__dict__["catalog"] = Catalog([tmp_path])

    assert runpy.run_path(str(SCRIPT))["fill"](ctx, "normal-interval-probability") == 1
    assert path.read_text() == original
