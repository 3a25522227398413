"""The design page in a real browser: write an answer with a Mermaid diagram (drawn as SVG),
grade it, see covered and missed points beside the model answer."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_support import CHROMIUM

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing")

if Path(CHROMIUM).exists():
    from playwright.sync_api import Browser, Page, expect

# Set to a folder (docs/screenshots) to also photograph the design pages at 1440 px.
SCREENSHOTS = os.environ.get("MLI_DESIGN_SCREENSHOTS")


@pytest.fixture
def wide(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    yield pg
    context.close()
    assert problems == [], f"the page logged errors: {problems}"


def shot(page: Page, name: str) -> None:
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS) / name))


def test_write_draw_grade_and_reveal(wide: Page, server: str) -> None:
    page = wide
    page.goto(f"{server}/design")
    expect(page.locator(".design-table")).to_contain_text("Payment fraud detection")
    shot(page, "design-list.png")
    page.locator("a", has_text="Payment fraud detection").click()
    expect(page.locator("h1.design-title")).to_have_text("Payment fraud detection")
    expect(page.locator("#design-form")).to_have_attribute("data-ready", "true")
    expect(page.locator("#design-clock")).to_contain_text(":")

    first = page.locator(".clarify-item").first
    expect(first.locator(".clarify-a")).to_be_hidden()
    page.locator("#clarify-next").click()
    expect(first.locator(".clarify-a")).to_be_visible()
    expect(page.locator(".clarify-item").nth(1)).to_be_visible()
    expect(page.locator(".clarify-item").nth(2)).to_be_hidden()

    page.locator("#section-requirements").fill(
        "About 3,000 payments per second on average and 15,000 at peak, decided synchronously at "
        "checkout within a p99 latency budget of 100 ms."
    )
    page.locator("#section-data").fill(
        "Labels come from chargebacks that arrive up to 90 days later, so training waits for a label "
        "maturity window before using a payment."
    )
    page.locator("#section-model").fill(
        "The analyst rules stay as the baseline and safety net. A gradient boosted model (LightGBM) "
        "scores the tabular features of each payment."
    )
    page.locator("#section-diagram").fill(
        "flowchart LR\n  C[Checkout] --> R[Risk service]\n  R --> D{Decision}"
    )
    expect(page.locator("#diagram-preview svg")).to_be_visible(timeout=15_000)
    expect(page.locator("#diagram-preview")).to_contain_text("Risk service")
    expect(page.locator("#save-state")).to_contain_text("saved", timeout=10_000)

    page.reload()  # the answer was autosaved on the server
    expect(page.locator("#design-form")).to_have_attribute("data-ready", "true")
    assert "chargebacks" in page.locator("#section-data").input_value()
    expect(page.locator("#diagram-preview svg")).to_be_visible(timeout=15_000)
    page.evaluate("window.scrollTo(0, 0)")
    shot(page, "design-practice.png")
    page.locator("#section-diagram").scroll_into_view_if_needed()
    shot(page, "design-diagram.png")

    page.locator("#finish-button").click()
    expect(page.locator("#self-grade")).to_be_visible()
    page.locator("input[name=self][value=delayed-labels]").check()
    page.locator("input[name=self][value=velocity-and-graph-features]").check()
    page.locator("#grade-button").click()
    card = page.locator("#design-result-card")
    expect(card).to_be_visible(timeout=15_000)
    expect(card.locator("tr.point-covered[data-point=delayed-labels] q.evidence")).to_contain_text(
        "chargebacks"
    )
    expect(card.locator("tr.point-covered[data-point=model-and-rules]")).to_be_visible()
    expect(card.locator("tr.point-missed[data-point=velocity-and-graph-features]")).to_be_visible()
    expect(card.locator(".self-diff")).to_contain_text("velocity-and-graph-features")
    expect(page.locator(".design-compare")).to_contain_text("Model answer")
    expect(page.locator(".design-compare .diagram-figure svg")).to_have_count(2, timeout=15_000)
    score = float(card.get_attribute("data-score") or "nan")
    assert 0 < score < 0.5
    card.scroll_into_view_if_needed()
    page.evaluate("document.getElementById('design-result-card').scrollIntoView()")
    shot(page, "design-result.png")
    page.evaluate("document.querySelector('.design-compare').scrollIntoView()")
    shot(page, "design-compare.png")
