"""Values in the verdict panel as a learner reads them: Python literals (``None``, ``False``,
``'abc'``) rather than JSON, expected and got aligned entry by entry with the differing ones
marked, tuple parts named where the problem names them, and the size of a long input."""

from __future__ import annotations

import math
from typing import Any

from mlinterview.services.values import value_text

MAX_ALIGNED = 200  # entries compared side by side; longer answers are shown as text
ENTRY_LIMIT = 160  # characters of one entry


def close(a: Any, b: Any, rtol: float = 1e-6, atol: float = 1e-9) -> bool:
    """Equal, with numbers compared within a tolerance (for highlighting only: the checker
    decides the verdict)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, int | float) and isinstance(b, int | float):
        if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
            return True
        return math.isclose(a, b, rel_tol=rtol, abs_tol=atol)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(close(x, y, rtol, atol) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(close(a[k], b[k], rtol, atol) for k in a)
    return bool(a == b)


def aligned(expected: Any, got: Any, names: list[str] | None = None) -> list[dict[str, Any]] | None:
    """Rows ``{label, expected, got, differs}`` for two sequences, or None when they are not
    both sequences (or too long to read side by side). A missing entry shows as "—"."""
    if not (isinstance(expected, list | tuple) and isinstance(got, list | tuple)):
        return None
    size = max(len(expected), len(got))
    if size == 0 or size > MAX_ALIGNED:
        return None
    names = names if names and len(names) == len(expected) else None
    rows = []
    for i in range(size):
        has_e, has_g = i < len(expected), i < len(got)
        e = expected[i] if has_e else None
        g = got[i] if has_g else None
        rows.append(
            {
                "label": names[i] if names and i < len(names) else f"[{i}]",
                "expected": value_text(e, ENTRY_LIMIT) if has_e else "—",
                "got": value_text(g, ENTRY_LIMIT) if has_g else "—",
                "differs": not (has_e and has_g and close(e, g)),
            }
        )
    return rows


def size_note(params: list[str], args: Any) -> str:
    """How large an input is, by parameter: ``len(nums) = 100000, target: an int``."""
    if not isinstance(args, list):
        return ""
    parts = []
    for i, arg in enumerate(args):
        name = params[i] if i < len(params) else f"argument {i + 1}"
        if isinstance(arg, list | str | dict):
            parts.append(f"len({name}) = {len(arg):,}")
            if isinstance(arg, list) and arg and isinstance(arg[0], list):
                parts[-1] += f" × {len(arg[0]):,}"
    return ", ".join(parts)
