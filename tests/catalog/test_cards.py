"""Card decks: the shipped decks load clean, and a deck that would render wrongly is refused."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mlinterview.catalog import Catalog
from mlinterview.catalog.cardlint import glued_lines
from mlinterview.config import BUILTIN_CONTENT

GOOD_BACK = """\
      Three options:

      - first, wrapped onto
        an indented second line;
      - second.

      A closing sentence after a blank line.

      | a | b |
      |---|---|
      | 1 | 2 |

      ```
      code at the margin
      - not a list
      ```
"""


def write_deck(root: Path, name: str, cards: str) -> Path:
    folder = root / "cards"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(
        f"schema: 1\ndeck: {name}\ntitle: Test deck\ntrack: fundamentals\ncards:\n{cards}", encoding="utf-8"
    )
    return path


def card(card_id: str, back: str, front: str | None = None) -> str:
    question = front or f"Question {card_id}?"
    return f"  - id: {card_id}\n    front: {question}\n    back: |\n{back}    tags: [t]\n"


@pytest.fixture(scope="module")
def shipped() -> Catalog:
    return Catalog([BUILTIN_CONTENT])


def test_shipped_decks_load_without_errors(shipped: Catalog) -> None:
    cards = shipped.flashcards()
    assert shipped.errors == []
    assert len({c.id for c in cards}) == len(cards)


def test_a_closing_sentence_glued_onto_a_list_is_refused_with_file_card_and_line(tmp_path: Path) -> None:
    back = "      - one\n      - two\n      So the answer is two.\n"
    path = write_deck(tmp_path, "bad", card("fine", GOOD_BACK) + card("glued", back))
    catalog = Catalog([tmp_path])
    catalog.flashcards()
    assert len(catalog.errors) == 1
    message = str(catalog.errors[0])
    line = path.read_text().splitlines().index("      So the answer is two.") + 1
    assert str(path) in message and "'glued'" in message and f"line {line}" in message


def test_a_line_glued_onto_a_table_is_refused(tmp_path: Path) -> None:
    back = "      | a | b |\n      |---|---|\n      | 1 | 2 |\n      Hence b.\n"
    path = write_deck(tmp_path, "table", card("table-card", back))
    catalog = Catalog([tmp_path])
    catalog.flashcards()
    line = path.read_text().splitlines().index("      Hence b.") + 1
    assert [e.field for e in catalog.errors] == [f"line {line}"]


def test_the_lint_reads_lists_tables_and_code_like_commonmark() -> None:
    assert glued_lines(GOOD_BACK) == []
    assert glued_lines("1. first\n2. second\nThen stop.") == ["Then stop."]
    assert glued_lines("- a\n  - nested\nTail.") == ["Tail."]


def test_the_same_card_id_in_two_decks_is_refused(tmp_path: Path) -> None:
    write_deck(tmp_path, "one", card("shared-id", "      Answer.\n"))
    write_deck(tmp_path, "two", card("shared-id", "      Other answer.\n", front="Another question?"))
    catalog = Catalog([tmp_path])
    assert [c.deck for c in catalog.flashcards()] == ["one"]
    assert "also used in one.yaml" in str(catalog.errors[0])


def test_at_least_a_quarter_of_the_cards_are_scenarios(shipped: Catalog) -> None:
    cards = shipped.flashcards()
    scenarios = [c for c in cards if "scenario" in c.tags]
    assert len(scenarios) * 4 >= len(cards), f"{len(scenarios)} scenario cards of {len(cards)}"


def test_every_track_has_cards_and_the_catalog_holds_at_least_500(shipped: Catalog) -> None:
    cards = shipped.flashcards()
    per_track = Counter(c.track for c in cards)
    assert {"fundamentals", "deep-learning", "stats", "sql", "system-design"} <= set(per_track)
    assert sum(n for deck, n in Counter(c.deck for c in cards).items() if deck != "papers") >= 500
