"""Card math in the terminal reads as text: no dollar signs or TeX commands reach the screen."""

from __future__ import annotations

import re

from mlinterview.catalog import Catalog
from mlinterview.cli.mathtext import terminal_math, tex_to_text
from mlinterview.config import BUILTIN_CONTENT


def test_formulas_become_unicode_text() -> None:
    assert tex_to_text(r"\Phi^{-1}(1 - \alpha/2)") == "Φ⁻¹(1 − α/2)"
    assert tex_to_text(r"\frac{1}{2n}\|w\|_2^2") == "1/(2n)‖w‖₂²"
    assert tex_to_text(r"\sqrt{\hat v}") == "√v̂"
    assert terminal_math("Mean $\\mu$ and `$x$` in code.") == "Mean μ and `$x$` in code."
    assert terminal_math("It costs $5 and $10.") == "It costs $5 and $10."


def test_no_shipped_card_shows_raw_tex_in_the_terminal() -> None:
    raw = []
    for card in Catalog([BUILTIN_CONTENT]).flashcards():
        for side in (card.front, card.back):
            shown = re.sub(r"`[^`]*`", "", terminal_math(side))  # code spans are shown verbatim
            if re.search(r"\\[A-Za-z]+|\$[^\s$][^$]*\$", shown):
                raw.append(card.id)
    assert raw == []
