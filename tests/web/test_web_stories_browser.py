"""Tell a story against the clock in a real browser: the clock runs, the feedback shows."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from web_support import CHROMIUM

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from star_answers import STRONG, WE_HEAVY

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing")

if Path(CHROMIUM).exists():
    from playwright.sync_api import Page, expect


def test_add_a_story_then_tell_it_against_the_clock(page: Page, server: str) -> None:
    page.goto(f"{server}/stories/new")
    parts = STRONG.split("\n\n")
    page.fill("input[name=title]", "Halved ranking latency")
    for name, text in zip(("situation", "task", "action", "result"), parts, strict=True):
        page.fill(f"textarea[name={name}]", text)
    page.check("input[value=impact-and-metrics]")
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("Halved ranking latency")

    page.click("text=Tell it against the clock")
    clock = page.locator("#story-clock")
    answer = page.locator("#answer")
    expect(answer).not_to_have_value("", timeout=5000)  # the story fills the answer
    expect(clock).not_to_have_text("2:00", timeout=5000)  # and the clock runs
    expect(page.locator("#clock-start")).to_be_disabled()
    page.click("#get-feedback")
    checks = page.locator("#feedback-slot .coach-check")
    expect(checks).to_have_count(4)
    expect(page.locator("#feedback-slot .check-pass")).to_have_count(4)
    expect(page.locator("#feedback-slot")).to_contain_text("rated good in the review queue")

    page.goto(f"{server}/stories")
    row = page.locator('tr[data-competency="impact-and-metrics"]')
    expect(row).to_contain_text("Halved ranking latency")


def test_a_written_answer_with_we_is_coached(page: Page, server: str) -> None:
    page.goto(f"{server}/stories/practice?competency=collaboration")
    expect(page.locator("#story-clock")).to_have_text("2:00")
    page.click("#clock-start")
    page.locator("#answer").fill(WE_HEAVY)
    expect(page.locator("#word-count")).to_contain_text("words")
    expect(page.locator("#story-clock")).not_to_have_text("2:00", timeout=5000)
    page.click("#get-feedback")
    feedback = page.locator('#feedback-slot [data-check="i-not-we"]')
    expect(feedback).to_have_class("coach-check check-fail")
    expect(feedback).to_contain_text("Too much “we”")
    expect(page.locator("#feedback-slot .coach-rewrite li").first).to_be_visible()
