"""What a mock interview is made of: its kinds, the rounds an onsite strings together, which
items fill a round (unsolved, a step above the learner's record) and which kinds the catalog
can hold now."""

from __future__ import annotations

from mlinterview.errors import UserInputError
from mlinterview.services.catalog_items import behavioral_questions
from mlinterview.services.context import Context

BREAK_MINUTES = 10
BREADTH_CARDS = 8
# kind -> (minutes, what its items are)
KINDS: dict[str, tuple[int, str]] = {
    "coding": (45, "problem"),
    "ml-coding": (45, "problem"),
    "sql-stats": (30, "problem"),
    "ml-breadth": (15, "card"),
    "design": (45, "prompt"),
    "behavioral": (30, "story"),
}
ONSITE = ("coding", "ml-coding", "ml-breadth", "design", "behavioral", "sql-stats")
MOCK_KINDS = (*KINDS, "onsite")


def _level(ctx: Context, track: str, solved: set[str]) -> list[str]:
    """Difficulties to draw from, best fit first: a step above what the learner already solves."""
    counts = {d: 0 for d in ("easy", "medium", "hard")}
    for p in ctx.catalog.problems(track):
        if p.slug in solved:
            counts[p.difficulty] = counts.get(p.difficulty, 0) + 1
    if counts["medium"] >= 3:
        return ["medium", "hard", "easy"]
    if counts["easy"] >= 3:
        return ["medium", "easy", "hard"]
    return ["easy", "medium", "hard"]


def _problems(ctx: Context, track: str, count: int, solved: set[str]) -> list[str]:
    from mlinterview.services.listing import roadmap

    pending = [p for p in roadmap(ctx.catalog.problems(track)) if p.slug not in solved]
    order = _level(ctx, track, solved)
    pending.sort(key=lambda p: order.index(p.difficulty) if p.difficulty in order else 9)
    return [p.slug for p in pending[:count]]


def pick_items(ctx: Context, kind: str, solved: set[str]) -> list[str]:
    if kind == "coding":
        return _problems(ctx, "dsa", 2, solved)
    if kind == "ml-coding":
        return _problems(ctx, "ml", 1, solved)
    if kind == "sql-stats":
        items = _problems(ctx, "sql", 1, solved) + _problems(ctx, "stats", 1, solved)
        return items or _problems(ctx, "stats", 2, solved)
    if kind == "ml-breadth":
        from mlinterview.services.review import card_queue

        queue = card_queue(ctx, new_per_day=BREADTH_CARDS)
        return [c.id for c in queue[:BREADTH_CARDS]]
    if kind == "design":
        return [p.slug for p in ctx.catalog.design_prompts() if p.slug not in solved][:1]
    if kind == "behavioral":
        from mlinterview.services.catalog_items import track_items

        return [i.ref for i in track_items(ctx, "behavioral")][:2]
    raise UserInputError(f"no mock kind {kind!r} (kinds: {', '.join(MOCK_KINDS)})")


def available_kinds(ctx: Context) -> dict[str, float]:
    """Kinds the catalog can fill now, with their minutes (an onsite counts its breaks)."""
    out: dict[str, float] = {}
    if ctx.catalog.problems("dsa"):
        out["coding"] = KINDS["coding"][0]
    if ctx.catalog.problems("ml"):
        out["ml-coding"] = KINDS["ml-coding"][0]
    if ctx.catalog.problems("sql") or ctx.catalog.problems("stats"):
        out["sql-stats"] = KINDS["sql-stats"][0]
    if ctx.catalog.flashcards():
        out["ml-breadth"] = KINDS["ml-breadth"][0]
    if ctx.catalog.design_prompts():
        out["design"] = KINDS["design"][0]
    if behavioral_questions(ctx):
        out["behavioral"] = KINDS["behavioral"][0]
    rounds = [k for k in ONSITE if k in out][:5]
    if len(rounds) >= 4:
        out["onsite"] = sum(out[k] for k in rounds) + BREAK_MINUTES * (len(rounds) - 1)
    return out


def item_title(ctx: Context, kind: str, slug: str) -> str:
    if kind == "card":
        card = next((c for c in ctx.catalog.flashcards() if c.id == slug), None)
        return card.front.splitlines()[0][:120] if card else slug
    if kind == "prompt":
        return ctx.catalog.design(slug).title
    if kind == "story":
        from mlinterview.services.catalog_items import track_items

        return next((i.title for i in track_items(ctx, "behavioral") if i.ref == slug), slug)
    try:
        return ctx.catalog.get(slug).title
    except UserInputError:
        return slug
