"""Think aloud, held to account: the complexity a learner stated before coding against the
growth the judge measured ("you said O(n); it grows like n^2.0")."""

from __future__ import annotations

import re
from typing import Any

from mlinterview.complexity_classes import COMPLEXITY_EXPONENTS

_BIG_O = re.compile(r"^\s*o\s*\((.*)\)\s*$", re.IGNORECASE)


def stated_exponent(text: str) -> float | None:
    """``O(n log n)`` -> 1.1 (the exponents the judge's growth check uses); None if unknown."""
    match = _BIG_O.match(text or "")
    inner = (match.group(1) if match else text or "").strip().lower()
    inner = inner.replace("²", "^2").replace("³", "^3").replace("**", "^").replace("*", " ")
    inner = re.sub(r"\s+", " ", inner).replace("nlogn", "n log n").replace("n logn", "n log n")
    return COMPLEXITY_EXPONENTS.get(inner)


def measured(complexity: dict[str, Any]) -> str:
    exponent = complexity.get("exponent")
    if exponent is None:
        return "too fast to measure"
    return f"n^{max(exponent, 0.0):.1f}"


def complexity_note(stated: str, complexity: dict[str, Any] | None) -> str:
    if not stated:
        return "no complexity stated before coding"
    if not complexity:
        return f"you said {stated}; not measured (only accepted answers with large cases are timed)"
    said = stated_exponent(stated)
    exponent = complexity.get("exponent")
    if said is None:
        return f"you said {stated}; measured {measured(complexity)}"
    if exponent is None:
        return f"you said {stated}; too fast to measure, consistent with small growth"
    if abs(exponent - said) <= 0.5:
        return f"you said {stated}; it grows like n^{exponent:.1f}: as stated"
    return f"you said {stated}; it grows like n^{max(exponent, 0.0):.1f}"
