"""The seminal-papers deck: at least 40 papers from classic ML to diffusion, each card giving
the key idea, why it mattered and the interview question it answers, in the review queue."""

from __future__ import annotations

import re
from pathlib import Path

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT, Config
from mlinterview.services.context import Context
from mlinterview.services.review import card_queue, rate_card


def _papers() -> list:
    catalog = Catalog([BUILTIN_CONTENT])
    cards = [c for c in catalog.flashcards() if c.deck == "papers"]
    assert not [e for e in catalog.errors if "papers" in e.path]
    return cards


def test_forty_papers_each_with_idea_impact_and_question() -> None:
    cards = _papers()
    assert len(cards) >= 40
    for card in cards:
        assert card.track == "papers"
        assert re.search(r"\((?:[^()]*\b)?(19|20)\d\d\)", card.front), card.id  # authors and year
        for part in ("**Key idea.**", "**Why it mattered.**", "**Interview question.**"):
            assert part in card.back, (card.id, part)


def test_the_deck_spans_classic_ml_to_transformers_retrieval_rlhf_and_diffusion() -> None:
    tags = {tag for card in _papers() for tag in card.tags}
    assert {"classic-ml", "transformers", "retrieval", "rlhf", "diffusion"} <= tags
    years = [int(m.group(0)) for c in _papers() for m in [re.search(r"(19|20)\d\d", c.front)] if m]
    assert min(years) < 1990 and max(years) >= 2023


def test_papers_come_up_in_the_review_queue(tmp_path: Path) -> None:
    with Context(Config.from_env({"MLINTERVIEW_HOME": str(tmp_path)})) as ctx:
        queue = card_queue(ctx, track="papers", limit=3)
        assert len(queue) == 3 and all(c.deck == "papers" for c in queue)
        result = rate_card(ctx, queue[0], 4)  # easy: days away
        assert result.due > ctx.clock()
        assert queue[0] not in card_queue(ctx, track="papers")
