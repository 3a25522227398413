"""Words shown to people, shared by the CLI and the web app: human track and pattern names
("General coding", not "dsa") and counted nouns ("1 card", "2 cards")."""

from __future__ import annotations

from mlinterview.catalog.cards import CARD_TRACKS
from mlinterview.catalog.problem import PATTERN_TITLES, TRACKS


def track_title(track: str) -> str:
    """A problem track's name: ``dsa`` → "General coding"."""
    return TRACKS.get(track) or track.replace("-", " ").capitalize()


def card_track_title(track: str) -> str:
    """A card track's name: ``fundamentals`` → "ML fundamentals"."""
    return CARD_TRACKS.get(track) or track.replace("-", " ").capitalize()


def pattern_title(pattern: str | None) -> str:
    return PATTERN_TITLES.get(pattern or "", (pattern or "").replace("-", " ").capitalize())


def plural(count: int, word: str, words: str | None = None) -> str:
    """``plural(1, "card")`` → "1 card"; ``plural(3, "card")`` → "3 cards"."""
    return f"{count} {word if count == 1 else (words or word + 's')}"
