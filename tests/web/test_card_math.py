"""Card math is TeX the web renderer draws: no command is left as raw text on the page."""

from __future__ import annotations

import re

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.web.markdown import render_markdown


def test_every_card_formula_renders_without_unknown_commands() -> None:
    undrawn = []
    for card in Catalog([BUILTIN_CONTENT]).flashcards():
        for text in (card.front, card.back):
            html = re.sub(r'title="[^"]*"', "", str(render_markdown(text)))  # the title keeps the TeX source
            visible = re.sub(r"<code>.*?</code>", "", html, flags=re.S)
            left = set(re.findall(r"\\[A-Za-z]+", visible))
            if left:
                undrawn.append((card.id, sorted(left)))
    assert undrawn == []


def test_binomials_and_preference_relations_are_drawn() -> None:
    html = str(render_markdown(r"$\binom{n}{k}$ and $a \succ b$"))
    assert '<mfrac linethickness="0"><mrow><mi>n</mi></mrow><mrow><mi>k</mi></mrow></mfrac>' in html
    assert "<mo>&#x0227B;</mo>" in html  # ≻
