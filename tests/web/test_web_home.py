"""The home page for a newcomer and for a regular: a welcome with one next step, and due
counts that agree with the plan and the review page."""

from __future__ import annotations

import re
from pathlib import Path

from web_support import make_client, make_context

from mlinterview.catalog import Catalog
from mlinterview.judge.pool import WorkerPool
from mlinterview.services.review import card_queue, rate_card


def test_first_visit_welcome_then_counts_that_agree(
    tmp_path: Path, pool: WorkerPool, catalog: Catalog
) -> None:
    ctx = make_context(tmp_path, pool, catalog)
    try:
        with make_client(ctx) as client:
            first = client.get("/").text
            assert "Welcome to mlinterview" in first
            steps = re.findall(
                r'class="btn btn-primary" href="(/problems/[^"]+)">Start your first problem', first
            )
            assert len(steps) == 1 and client.get(steps[0]).status_code == 200

            rate_card(ctx, card_queue(ctx, limit=1)[0], 3)
            home = client.get("/").text
            assert "Welcome to mlinterview" not in home
            due = re.search(r'<dd id="due-total">(\d+) <small>(\d+) cards?, (\d+) re-solves?</small>', home)
            assert due is not None
            total, cards, resolves = (int(g) for g in due.groups())
            assert total == cards + resolves and cards == len(card_queue(ctx))
            planned = sum(
                int(n) for n in re.findall(r'<span class="plan-title">(\d+) [^<]* cards?</span>', home)
            )
            assert planned == cards  # the plan lists the same cards, deck by deck
            review = client.get("/review").text
            assert f'data-track-count="">{cards}</span>' in review
            assert "(s)" not in home and "dsa" not in re.sub(r'\s[\w-]+="[^"]*"', "", home)  # visible text
    finally:
        ctx._pool = None
        ctx.close()
