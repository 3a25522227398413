"""Anki export: the cards as an .apkg package (genanki), one sub-deck per track.

Card Markdown becomes HTML; its ``$...$`` and ``$$...$$`` math becomes ``\\(...\\)`` and
``\\[...\\]``, which Anki typesets with its built-in MathJax.
"""

from __future__ import annotations

import hashlib
from html import escape
from pathlib import Path
from typing import Any

from mlinterview.catalog.cards import CARD_TRACKS, FlashCard
from mlinterview.errors import UserInputError
from mlinterview.mdmath import math_rule
from mlinterview.services.context import Context

_CSS = """
.card { font-family: -apple-system, Segoe UI, Helvetica, Arial, sans-serif; font-size: 18px;
        text-align: left; color: #1f2328; background: #fff; max-width: 44em; margin: auto; }
code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 90%; }
pre { background: #f6f8fa; padding: .6em; border-radius: 6px; overflow-x: auto; }
.tags { color: #888; font-size: 70%; margin-top: 1.5em; }
"""


def _stable_id(text: str) -> int:
    # Anki ids are 31-bit-ish positive ints; keep them stable so re-imports update notes.
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) % (1 << 30) + (1 << 30)


def _mathjax(display: bool) -> Any:
    opening, closing = (r"\[", r"\]") if display else (r"\(", r"\)")

    def render(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        return f"{opening}{escape(tokens[idx].content, quote=False)}{closing}"

    return render


def _markdown() -> Any:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.inline.ruler.before("escape", "math", math_rule)
    md.add_render_rule("math_inline", _mathjax(False))
    md.add_render_rule("math_display", _mathjax(True))
    return md


def export_anki(ctx: Context, path: Path, track: str | None = None) -> tuple[int, int]:
    """Write the cards (of one track, or all) to ``path``; returns (cards, decks)."""
    import genanki

    if path.suffix != ".apkg":
        raise UserInputError(f"{path}: the file name must end in .apkg")
    if track is not None and track not in CARD_TRACKS:
        raise UserInputError(f"no card track {track!r} (tracks: {', '.join(CARD_TRACKS)})")
    cards: list[FlashCard] = [c for c in ctx.catalog.flashcards() if track is None or c.track == track]
    if not cards:
        raise UserInputError("there are no cards to export")
    md = _markdown()
    model = genanki.Model(
        _stable_id("mlinterview-model-v1"),
        "mlinterview Q/A",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Id"}],
        templates=[{"name": "Card", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}],
        css=_CSS,
        sort_field_index=0,
    )
    decks: dict[str, genanki.Deck] = {}
    for card in cards:
        deck_name = f"mlinterview::{CARD_TRACKS[card.track]}::{card.deck_title}"
        deck = decks.setdefault(deck_name, genanki.Deck(_stable_id(deck_name), deck_name))
        back = md.render(card.back) + (
            f'<div class="tags">{" · ".join(card.tags)}</div>' if card.tags else ""
        )
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[md.render(card.front), back, card.id],
                tags=[t.replace(" ", "-") for t in card.tags],
                guid=genanki.guid_for(card.id),
            )
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    genanki.Package(list(decks.values())).write_to_file(str(path))
    return len(cards), len(decks)
