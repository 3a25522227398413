"""A pack's own Python (``gen.py``, ``checker.py``): trusted code, run in the judge's process.

It is the problem author's, reviewed like the rest of the package, so it runs here rather than
in the sandbox: generators make hidden inputs, validators decide answers with several valid
forms. Learner code never comes through here.
"""

from __future__ import annotations

import random
import runpy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mlinterview.errors import ContentError

_cache: dict[tuple[str, float], dict[str, Any]] = {}


def load(path: Path) -> dict[str, Any]:
    key = (str(path), path.stat().st_mtime)
    if key not in _cache:
        try:
            _cache[key] = runpy.run_path(str(path), run_name=f"mli_pack_{path.parent.name}_{path.stem}")
        except Exception as exc:
            raise ContentError(path, f"failed to load: {type(exc).__name__}: {exc}") from None
    return _cache[key]


def generated_inputs(path: Path) -> list[tuple[str, list[Any]]]:
    module = load(path)
    generate = module.get("generate")
    if not callable(generate):
        raise ContentError(path, "defines no generate() function", "generate")
    out = []
    try:
        for item in generate():
            case_id, args = item
            out.append((str(case_id), list(args)))
    except Exception as exc:
        raise ContentError(path, f"generate() failed: {type(exc).__name__}: {exc}") from None
    return out


def scaled_input(path: Path, n: int, seed: int = 0) -> list[Any] | None:
    scale = load(path).get("scale")
    if not callable(scale):
        return None
    return list(scale(n, random.Random(seed)))


def validator(path: Path) -> Callable[[list[Any], Any, Any], bool | str]:
    check = load(path).get("check")
    if not callable(check):
        raise ContentError(path, "defines no check(args, expected, got) function", "check")

    def run(args: list[Any], expected: Any, got: Any) -> bool | str:
        try:
            verdict = check(args, expected, got)
        except Exception as exc:  # a malformed answer the validator did not expect
            return f"the answer could not be checked ({type(exc).__name__}: {exc})"
        return verdict if isinstance(verdict, str) else bool(verdict)

    return run
