"""Markdown lint for card text: catches what renders differently from how it reads.

A line of prose written straight after a bullet list or a table, with no blank line between,
is not a new paragraph in CommonMark: it continues the last bullet (a "lazy continuation") or
becomes one more table row. The web app, the terminal and Anki all draw it inside the list, so
a card's closing sentence ends up as part of its last bullet. :func:`glued_lines` finds such
lines; :func:`lint_deck` turns them into errors naming the deck file, the card and the line.
"""

from __future__ import annotations

import re
from pathlib import Path

from mlinterview.errors import ContentError

_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


def glued_lines(text: str) -> list[str]:
    """The lines of ``text`` that continue a list or a table although they start at column 0.

    Inside a list, wrapped lines of an item are indented; a line that starts at column 0 and
    is neither a new item nor blank is glued onto the item above. After a table, any line that
    is not blank is drawn as a row.
    """
    glued: list[str] = []
    block = ""  # "", "list" or "table": the block the previous line belongs to
    fence = ""
    for line in text.splitlines():
        opening = _FENCE.match(line)
        if fence:
            if opening and opening.group(1) == fence:
                fence = ""
            continue
        if opening:
            fence, block = opening.group(1), ""
            continue
        if not line.strip():
            block = ""  # a blank line ends the paragraph: what follows starts a new block
            continue
        starts_at_margin = not line[0].isspace()
        if _LIST_ITEM.match(line):
            block = "list"
        elif line.lstrip().startswith("|"):
            block = "table"
        elif block == "table" or (block == "list" and starts_at_margin):
            glued.append(line)
            block = ""
        elif starts_at_margin:
            block = ""
    return glued


def _line_of(source: list[str], card_id: str, text: str) -> int:
    """1-based line of ``text`` in the deck file, searched from the card's ``id:`` line."""
    start = next(
        (i for i, line in enumerate(source) if re.match(rf"\s*-?\s*id:\s*{re.escape(card_id)}\s*$", line)), 0
    )
    wanted = text.strip()
    for i in range(start, len(source)):
        if source[i].strip() == wanted:
            return i + 1
    return start + 1


def lint_deck(path: Path, cards: list[tuple[str, str, str]]) -> list[ContentError]:
    """Errors for every glued line in ``cards`` (id, front, back) of the deck file ``path``."""
    errors: list[ContentError] = []
    source: list[str] | None = None
    for card_id, front, back in cards:
        for side, text in (("front", front), ("back", back)):
            for line in glued_lines(text):
                if source is None:
                    source = path.read_text(encoding="utf-8").splitlines()
                where = f"line {_line_of(source, card_id, line)}"
                errors.append(
                    ContentError(
                        path,
                        f"card {card_id!r}: the {side} glues {line.strip()[:60]!r} onto the list or "
                        "table above it; put a blank line before it (or indent it to continue the item)",
                        where,
                    )
                )
    return errors
