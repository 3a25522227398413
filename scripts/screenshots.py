"""Take the README's screenshots of the web app (docs/screenshots/*.png).

Seeds a throwaway data folder with a few weeks of made-up practice (real judging of the packs'
reference and wrong solutions, on past dates through the context's clock), starts the app on
127.0.0.1 in a thread and photographs the main pages with headless Chromium:

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Each page is taken at 1440 and 390 px wide, light and dark, and its colours reduced (Pillow,
when installed) to keep the files small.
"""

from __future__ import annotations

import argparse
import random
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import uvicorn
from playwright.sync_api import Page, expect, sync_playwright

from mlinterview.config import Config
from mlinterview.services import practice
from mlinterview.services.context import Context
from mlinterview.services.plan import set_plan
from mlinterview.services.review import card_queue, rate_card
from mlinterview.services.stories import add_story, check_story
from mlinterview.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SOLVED = [
    "contains-duplicate",
    "two-sum",
    "valid-anagram",
    "group-anagrams",
    "top-k-frequent-elements",
    "valid-palindrome",
    "best-time-to-buy-and-sell-stock",
    "climbing-stairs",
    "house-robber",
    "maximum-depth-of-binary-tree",
    "invert-binary-tree",
    "linear-regression-closed-form",
    "stable-softmax",
    "feature-scaling",
    "log-loss",
]
STRUGGLED = [
    "3sum",
    "longest-substring-without-repeating-characters",
    "coin-change",
    "number-of-islands",
    "k-means",
]


def seed(ctx: Context, now: datetime) -> None:
    """A month of practice: problems solved on past days, a few failures, cards reviewed."""
    rng = random.Random(7)
    days = sorted([0, 1, 2, *rng.sample(range(3, 60), 21)], reverse=True)
    available = {p.slug for p in ctx.catalog.problems()}
    plan = [s for s in SOLVED if s in available]
    for i, slug in enumerate(plan):
        problem = ctx.catalog.get(slug)
        when = now - timedelta(days=days[i * len(days) // len(plan)], hours=rng.randint(0, 6))
        ctx.clock = lambda when=when: when
        wrong = problem.solutions_in("wrong")
        if wrong and rng.random() < 0.4:
            practice.submit(ctx, problem, wrong[0].read_text(), complexity=False)
        practice.submit(ctx, problem, problem.solution, complexity=False)
    for slug in (s for s in STRUGGLED if s in available):
        problem = ctx.catalog.get(slug)
        for wrong in problem.solutions_in("wrong")[:2]:
            when = now - timedelta(days=rng.choice(days[:12]), hours=rng.randint(0, 6))
            ctx.clock = lambda when=when: when
            practice.submit(ctx, problem, wrong.read_text(), complexity=False)
    for day in days[-14:]:
        when = now - timedelta(days=day)
        for card in card_queue(ctx, now=when, limit=rng.randint(4, 12)):
            rate_card(ctx, card, rng.choice([2, 3, 3, 3, 4, 1]), duration_s=rng.uniform(5, 25), now=when)
    ctx.clock = lambda: datetime.now(UTC)
    set_plan(ctx, interview_date=(now + timedelta(weeks=6)).date(), hours_per_week=8, rest_days=["sun"])
    add_story(
        ctx,
        check_story(
            {
                "title": "Rescued a late launch",
                "situation": "Our ranking model's launch slipped two weeks after a data bug.",
                "task": "I had to bring the date back without skipping the A/B test.",
                "action": "I cut the scope with the PM, wrote the backfill and paired on the fix.",
                "result": "We launched 4 days late instead of 14, and CTR rose 3%.",
                "competencies": ["tight-deadlines", "impact-and-metrics"],
                "numbers": ["4 days instead of 14", "CTR +3%"],
            }
        ),
    )


def serve(ctx: Context) -> tuple[uvicorn.Server, threading.Thread, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(ctx), log_level="warning", ws="none"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{sock.getsockname()[1]}"


def put_code(page: Page, code: str) -> None:
    page.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(code)


SIZES = {1440: 900, 390: 844}  # viewport width: height (screenshots show the viewport only)
SCHEMES = ("light", "dark")


def photograph(base: str, out: Path, ctx: Context) -> None:
    """Every page at 1440 and 390 px, light and dark: ``<page>-<width>-<scheme>.png``."""
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for width, height in SIZES.items():
            for scheme in SCHEMES:
                is_phone = width < 900
                context = browser.new_context(
                    viewport={"width": width, "height": height},
                    color_scheme=scheme,  # type: ignore[arg-type]
                    has_touch=is_phone,
                    is_mobile=is_phone,
                )
                page = context.new_page()
                shots(
                    page,
                    base,
                    ctx,
                    lambda name, p=page, suffix=f"{width}-{scheme}": p.screenshot(
                        path=out / f"{name}-{suffix}.png"
                    ),
                    is_phone,
                )
                context.close()
        browser.close()
    for png in out.glob("*.png"):
        shrink(png)


def shots(page: Page, base: str, ctx: Context, shoot: Callable[[str], object], is_phone: bool) -> None:
    page.goto(f"{base}/")
    shoot("home")

    page.goto(f"{base}/problems?track=dsa")
    shoot("problems")

    two_sum = ctx.catalog.get("two-sum")
    page.goto(f"{base}/problems/two-sum")
    shoot("problem")
    if is_phone:
        page.locator("#view-code").click()
    put_code(page, (two_sum.path / "wrong" / "reuses-same-element.py").read_text())
    page.locator("#submit-button").click()
    expect(page.locator("#results .verdict")).to_have_attribute(
        "data-verdict", "wrong_answer", timeout=60_000
    )
    shoot("problem-wrong-answer")

    page.goto(f"{base}/problems/longest-consecutive-sequence")
    problem = ctx.catalog.get("longest-consecutive-sequence")
    if is_phone:
        page.locator("#view-code").click()
    put_code(page, problem.solution)
    page.locator("#submit-button").click()
    expect(page.locator("#results .verdict")).to_have_attribute("data-verdict", "accepted", timeout=60_000)
    shoot("problem-accepted")

    page.goto(f"{base}/review")
    page.locator('[data-action="reveal"]').click()
    shoot("review")

    page.goto(f"{base}/progress")
    shoot("progress")

    # The interview loop, the design track and the story bank.
    for name, path in (
        ("plan", "/plan"),
        ("mock", "/mock"),
        ("design-list", "/design"),
        ("design-prompt", "/design/home-feed-ranking"),
        ("stories-bank", "/stories"),
        ("stories-practice", "/stories/practice"),
        ("journal", "/journal"),
    ):
        page.goto(f"{base}{path}")
        shoot(name)


def shrink(png: Path) -> None:
    """Fewer colours, same look: a 1440 px screenshot drops from ~150 KB to ~60 KB."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(png) as image:
        small = image.convert("RGB").quantize(
            colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    small.save(png, optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        ctx = Context(Config.from_env({"MLINTERVIEW_HOME": home}), workers=2)
        seed(ctx, datetime.now(UTC))
        server, thread, base = serve(ctx)
        try:
            photograph(base, args.out, ctx)
        finally:
            server.should_exit = True
            thread.join(10)
            ctx.close()
    for png in sorted(args.out.glob("*.png")):
        print(f"wrote {png.relative_to(ROOT) if png.is_relative_to(ROOT) else png}")


if __name__ == "__main__":
    main()
