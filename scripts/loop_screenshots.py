"""Take the README's screenshots of the interview loop (plan, a running mock, its report) at
1440 px, on a throwaway data folder seeded like ``scripts/screenshots.py``:

    .venv/bin/python scripts/loop_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from playwright.sync_api import expect, sync_playwright
from screenshots import CHROMIUM_ARGS, ROOT, seed, serve

from mlinterview.config import Config
from mlinterview.services import journal
from mlinterview.services.context import Context
from mlinterview.services.plan import set_plan


def photograph(base: str, out: Path, ctx: Context) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(f"{base}/plan")
        page.screenshot(path=out / "plan.png", full_page=True)

        page.goto(f"{base}/mock")
        page.select_option("select[name=kind]", "coding")
        page.fill("input[name=company]", "Acme")
        page.click("text=Start the clock")
        slug = page.locator("input[name=slug]").first.get_attribute("value")
        assert slug is not None
        problem = ctx.catalog.get(slug)
        page.fill("textarea[name=approach]", "One pass with a set of the values seen so far.")
        page.fill("input[name=complexity]", "O(n)")
        page.click("text=Open the editor")
        page.locator("textarea[name=code]").fill(problem.solution)
        page.click("text=Run samples")
        expect(page.locator("text=Last run")).to_be_visible(timeout=60_000)
        time.sleep(2)  # let the clock move
        page.locator("textarea[name=code]").scroll_into_view_if_needed()
        page.screenshot(path=out / "mock-running.png")

        page.click("button:has-text('Submit')")
        expect(page.locator(".verdict-line")).to_be_visible(timeout=60_000)
        page.click("text=Finish and see the report")
        expect(page.locator("[data-score]")).to_be_visible()
        page.screenshot(path=out / "mock-report.png", full_page=True)
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ctx = Context(Config.from_env({"MLINTERVIEW_HOME": tmp}), workers=1)
        now = datetime.now(UTC)
        seed(ctx, now)
        ctx.clock = lambda: now - timedelta(days=14)
        set_plan(ctx, interview_date=(now + timedelta(weeks=4)).date(), hours_per_week=8, rest_days=["sat"],
                 role="mle", company="Acme")  # fmt: skip
        ctx.clock = lambda: datetime.now(UTC)
        journal.add_entry(ctx, company="Acme", day=(now - timedelta(days=3)).date().isoformat(),
                          round_name="phone screen", question="Number of Islands, then a follow-up on memory",
                          struggled=True)  # fmt: skip
        server, thread, base = serve(ctx)
        try:
            photograph(base, args.out, ctx)
        finally:
            server.should_exit = True
            thread.join(10)
            ctx.close()


if __name__ == "__main__":
    main()
