"""Take the README's screenshots of the story bank and behavioral practice, 1440 px wide
(docs/screenshots/stories.png, story-practice.png).

Seeds a throwaway data folder with three stories, starts the app on 127.0.0.1 in a thread and
photographs the pages with headless Chromium:

    .venv/bin/python scripts/screenshots_stories.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from playwright.sync_api import expect, sync_playwright
from screenshots import CHROMIUM_ARGS, ROOT, serve

from mlinterview.config import Config
from mlinterview.services.context import Context
from mlinterview.services.stories import add_story, check_story

STORIES = [
    {
        "title": "Halved ranking latency before the holidays",
        "situation": "At my last job I was the only ML engineer on a four-person team that ran search "
        "ranking for an online grocery shop. In 2023 our model's p99 latency had crept up to 180 ms, and "
        "the mobile team planned to drop personalised ranking before the holiday season.",
        "task": "My goal was to bring p99 latency under 100 ms within three weeks without losing ranking "
        "quality, because the holiday weeks brought a third of our yearly revenue.",
        "action": "First I profiled a day of production traffic and found that 70 percent of the time went "
        "to fetching features one by one. I proposed batching those lookups and wrote the change myself. "
        "Then I measured which of our 240 features mattered and removed 60 that did not move NDCG. I also "
        "distilled the ranker into a smaller model, and I set up a shadow deployment to compare both on "
        "live traffic for a week. When the shadow run showed a bad segment, new users, I added a fallback "
        "to popularity ranking for them.",
        "result": "As a result p99 latency fell from 180 ms to 85 ms, NDCG stayed within 0.2 percent, and "
        "the app kept personalised ranking through the holidays. Two other teams now use the batching "
        "change, and I learned to profile before I optimise.",
        "competencies": ["impact-and-metrics", "tight-deadlines"],
        "numbers": ["p99 180 ms -> 85 ms", "60 of 240 features removed", "3 weeks"],
    },
    {
        "title": "Agreed a label schema with the data team",
        "situation": "At my previous company the data team owned the labelling tool and our fraud model "
        "needed a new label for account takeover.",
        "task": "I was asked to get the label added within a month.",
        "action": "I met their lead to learn what they were measured on. I wrote a one-page proposal that "
        "reused their existing review queue.",
        "result": "As a result the label shipped in two weeks and caught 30 percent more takeovers.",
        "competencies": ["conflict", "collaboration", "leadership-without-authority"],
        "numbers": ["2 weeks", "+30% takeovers caught"],
    },
    {
        "title": "Mentored an intern to her first model in production",
        "situation": "Last year an intern joined our team with no production experience.",
        "task": "My role was to mentor her through a twelve-week project.",
        "action": "I paired with her twice a week. I reviewed every pull request within a day.",
        "result": "She shipped a churn model used by 3 teams and joined full time.",
        "competencies": ["mentoring"],
        "numbers": ["12 weeks", "3 teams"],
    },
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        ctx = Context(Config.from_env({"MLINTERVIEW_HOME": home}), workers=1)
        for story in STORIES:
            add_story(ctx, check_story(story))
        server, thread, base = serve(ctx)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1440, "height": 900})
                page.goto(f"{base}/stories")
                page.screenshot(path=args.out / "stories.png", full_page=True)
                page.goto(f"{base}/stories/practice?question=impact-cost-saving&story=1")
                expect(page.locator("#answer")).not_to_have_value("", timeout=5000)
                page.wait_for_timeout(7000)  # let the clock run for a few seconds
                page.click("#get-feedback")
                expect(page.locator("#feedback-slot .coach-check")).to_have_count(4)
                page.screenshot(path=args.out / "story-practice.png", full_page=True)
                browser.close()
        finally:
            server.should_exit = True
            thread.join(10)
            ctx.close()
    for name in ("stories.png", "story-practice.png"):
        print(f"wrote {args.out / name}")


if __name__ == "__main__":
    main()
