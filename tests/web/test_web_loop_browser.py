"""The Plan and Mock pages in a real browser (Debian's Chromium through Playwright): a plan set
from the form shows its weeks with this week highlighted; a mock's clock runs, the editor opens
after thinking aloud, a wrong answer is judged, and the report shows what goes to review."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from web_support import CHROMIUM

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason=f"{CHROMIUM} is missing: run scripts/install-browser.sh (as root) to run the browser tests",
)

if Path(CHROMIUM).exists():
    from playwright.sync_api import Page, expect


def test_set_a_plan_and_see_the_weeks(page: Page, server: str) -> None:
    page.goto(f"{server}/plan")
    page.fill("input[name=interview_date]", (date.today() + timedelta(weeks=6)).isoformat())
    page.fill("input[name=hours_per_week]", "8")
    page.check("input[name=rest_days][value=sun]")
    page.click("text=Save plan")
    expect(page.locator(".plan-week")).to_have_count(6 if date.today().weekday() == 0 else 7)
    current = page.locator(".plan-week.is-current")
    expect(current).to_have_count(1)
    expect(current).to_contain_text("this week")
    expect(page.locator("a[href='/plan.ics']")).to_be_visible()


def test_a_timed_mock_from_start_to_report(page: Page, server: str) -> None:
    page.goto(f"{server}/mock")
    page.select_option("select[name=kind]", "coding")
    page.click("text=Start the clock")
    clock = page.locator("[data-clock-time]")
    first = clock.inner_text()
    expect(clock).not_to_have_text(first, timeout=5000)  # the clock runs
    expect(page.locator("textarea[name=code]")).to_have_count(0)  # think aloud first
    page.fill("textarea[name=approach]", "Keep a dictionary of the values seen so far")
    page.fill("input[name=complexity]", "O(n)")
    page.click("text=Open the editor")
    code = page.locator("textarea[name=code]")
    expect(code).to_be_visible()
    code.fill("def wrong(*args):\n    return None\n")
    page.click("button:has-text('Submit')")
    expect(page.locator(".verdict-line")).to_be_visible(timeout=60_000)
    page.click("text=Finish and see the report")
    expect(page.locator("h1")).to_contain_text("Mock report")
    expect(page.locator("[data-score]")).to_have_text("0")
    expect(page.locator("#review-h")).to_be_visible()
    expect(page.locator("text=In your review queue now")).to_be_visible()
