"""The web app in a real browser: headless Chromium (Debian's) driven by Playwright, against a
server on 127.0.0.1 in a thread with a throwaway data folder and the real judge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from web_support import CHROMIUM, TWO_SUM

VERDICT_TIMEOUT_MS = 60_000

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason=f"{CHROMIUM} is missing: run scripts/install-browser.sh (as root) to run the browser tests",
)

if Path(CHROMIUM).exists():
    from playwright.sync_api import Page, expect


def replace_code(page: Page, code: str) -> None:
    """Select everything in the editor and type ``code`` over it."""
    content = page.locator(".cm-editor .cm-content")
    expect(content).to_be_visible()
    content.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(code)


def test_type_a_solution_and_submit_it(page: Page, server: str) -> None:
    page.goto(f"{server}/problems/two-sum")
    expect(page.locator("h1.problem-title")).to_have_text("Two Sum")
    replace_code(page, (TWO_SUM / "solution.py").read_text())
    page.keyboard.press("Control+End")
    page.keyboard.type("\n# typed by hand")
    expect(page.locator(".cm-content")).to_contain_text("# typed by hand")
    page.keyboard.press("Control+Shift+Enter")  # submit
    verdict = page.locator("#results .verdict")
    expect(verdict).to_have_attribute("data-verdict", "accepted", timeout=VERDICT_TIMEOUT_MS)
    expect(verdict).to_have_attribute("data-mode", "submit")
    expect(page.locator("#results .verdict-label")).to_have_text("Accepted")
    expect(page.locator("#status-badge")).to_have_text("Solved")
    # The complexity line follows the verdict once it is measured.
    expect(page.locator("#complexity-line")).to_have_count(0, timeout=VERDICT_TIMEOUT_MS)
    expect(page.locator("#results p.complexity")).to_contain_text("Complexity")
    page.locator("#tab-submissions").click()
    expect(page.locator("#history tbody tr").first).to_contain_text("Accepted")
    page.locator("#tab-editorial").click()
    expect(page.locator("#editorial-content")).to_contain_text("Reference solution")


def test_a_wrong_solution_shows_the_failing_case(page: Page, server: str) -> None:
    page.goto(f"{server}/problems/two-sum")
    replace_code(page, (TWO_SUM / "wrong" / "reuses-same-element.py").read_text())
    page.locator("#run-button").click()
    verdict = page.locator("#results .verdict")
    expect(verdict).to_have_attribute("data-verdict", "wrong_answer", timeout=VERDICT_TIMEOUT_MS)
    failing = page.locator("#results details.case-detail[open]")
    expect(failing).to_have_count(1)
    expect(failing).to_contain_text("example-2")
    expect(failing.locator("pre.expected")).to_have_text("[1, 2]")
    expect(failing.locator("pre.got-bad")).to_have_text("[0, 0]")
    expect(failing).to_contain_text("nums = [5, 8, 2]")


def test_hints_and_the_editorial_confirm(page: Page, server: str) -> None:
    page.goto(f"{server}/problems/valid-anagram")
    page.locator("#hint-button").click()
    expect(page.locator("#hint-list .hint")).to_have_count(1)
    expect(page.locator("#hint-button")).to_contain_text("Show hint 2 of")
    page.locator("#tab-editorial").click()
    expect(page.locator("#editorial-locked")).to_be_visible()
    page.locator("#editorial-anyway").click()
    page.locator("#editorial-confirm-yes").click()
    expect(page.locator("#editorial-content")).to_contain_text("Reference solution")


def test_review_a_card_with_the_keyboard(page: Page, server: str) -> None:
    page.goto(f"{server}/review")
    card = page.locator(".flashcard[data-card-id]")
    first = card.get_attribute("data-card-id")
    expect(page.locator(".card-back")).to_be_hidden()
    page.keyboard.press("Space")
    expect(page.locator(".card-back")).to_be_visible()
    expect(page.locator(".ratings")).to_be_visible()
    page.keyboard.press("3")
    expect(page.locator("#review-toast")).to_contain_text("Good: back in")
    expect(card).not_to_have_attribute("data-card-id", first or "")
    page.keyboard.press("Space")
    page.keyboard.press("1")
    expect(page.locator("#review-toast")).to_contain_text("Again: back in")


def test_progress_page_draws_its_charts(page: Page, server: str) -> None:
    code = (TWO_SUM / "solution.py").read_text()
    answer = page.request.post(
        f"{server}/api/problems/two-sum/submit",
        data=json.dumps({"code": code}),
        headers={"Content-Type": "application/json"},
        timeout=VERDICT_TIMEOUT_MS,
    )
    assert answer.ok
    page.goto(f"{server}/progress")
    for selector in ("svg.chart-bars", "svg.chart-heat"):
        box = page.locator(selector).bounding_box()
        assert box is not None and box["width"] > 200 and box["height"] > 40, selector
    # One solve draws no trend: the chart says so instead.
    expect(page.locator("#chart-solved .chart-empty")).to_contain_text("Not enough data yet")
    expect(page.locator("svg.chart-bars rect.chart-col")).to_have_count(30)
    assert page.locator("svg.chart-heat rect.day").count() > 300
    assert (
        page.locator("svg.chart-heat rect.day[data-count='0']").count()
        < page.locator("svg.chart-heat rect.day").count()
    )
    expect(page.locator("#chart-topics .chart-empty")).to_contain_text("Not enough data yet")
