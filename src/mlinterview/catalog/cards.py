"""Card decks: ``content/cards/<deck>.yaml``, validated like problems (file and field named).

Loading proves a deck: schema, fields, ids unique across decks, no question asked twice, and
Markdown that renders as it reads (:mod:`mlinterview.catalog.cardlint`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from mlinterview.catalog.cardlint import lint_deck
from mlinterview.catalog.schema import Fields, check_schema_version
from mlinterview.errors import ContentError

CARD_TRACKS = {
    "fundamentals": "ML fundamentals",
    "deep-learning": "Deep learning",
    "stats": "Statistics",
    "sql": "Databases",
    "system-design": "ML system design",
    "papers": "Seminal papers",
}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class FlashCard:
    id: str
    deck: str
    deck_title: str
    track: str
    front: str
    back: str
    tags: tuple[str, ...]

    @property
    def item_id(self) -> str:
        return f"card:{self.id}"


def load_deck(path: Path, data: object) -> list[FlashCard]:
    check_schema_version(path, data)
    f = Fields(path, data)
    f.only({"schema", "deck", "title", "track", "cards"})
    deck = f.get("deck", str)
    if deck != path.stem:
        raise f.error("deck", f"must equal the file name {path.stem!r}")
    title = f.get("title", str)
    track = f.get("track", str, choices=tuple(CARD_TRACKS))
    cards = []
    for i, raw in enumerate(f.get("cards", list)):
        c = Fields(path, raw, f"cards[{i}].")
        c.only({"id", "front", "back", "tags"})
        card_id = c.get("id", str)
        if not _ID.match(card_id):
            raise c.error("id", "must be lowercase letters, digits and dashes")
        front, back = c.get("front", str).strip(), c.get("back", str).strip()
        if not front or not back:
            raise c.error("front" if not front else "back", "must not be empty")
        cards.append(FlashCard(card_id, deck, title, track, front, back, tuple(c.strings("tags", []))))
    return cards


def load_all(roots: list[Path]) -> tuple[list[FlashCard], list[ContentError]]:
    from mlinterview.catalog.loader import read_yaml

    cards: list[FlashCard] = []
    errors: list[ContentError] = []
    seen_ids: dict[str, Path] = {}
    seen_fronts: dict[str, str] = {}
    for root in roots:
        folder = root / "cards"
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            try:
                deck = load_deck(path, read_yaml(path))
            except ContentError as exc:
                errors.append(exc)
                continue
            # A lint finding is reported (mli validate fails) but the card stays reviewable.
            errors.extend(lint_deck(path, [(c.id, c.front, c.back) for c in deck]))
            for card in deck:
                if card.id in seen_ids:
                    errors.append(
                        ContentError(
                            path, f"card id {card.id!r} is also used in {seen_ids[card.id].name}", "id"
                        )
                    )
                    continue
                key = re.sub(r"\W+", " ", card.front.lower()).strip()
                if key in seen_fronts:
                    errors.append(
                        ContentError(path, f"card {card.id!r} asks the same as {seen_fronts[key]!r}", "front")
                    )
                    continue
                seen_ids[card.id] = path
                seen_fronts[key] = card.id
                cards.append(card)
    return cards, errors
