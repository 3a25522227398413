"""Accessibility and layout of every page in headless Chromium: axe-core finds no serious or
critical violation (light at 1440 px, dark at 390 px: both themes and both layouts), and no
page scrolls sideways on a phone. Pages that only exist with data (a running mock, a mock report,
a company, a story and its edit form, a graded design) are created through the app's own forms
first. One browser for the module."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_support import CHROMIUM, TWO_SUM

PAGES = [
    "/",
    "/problems",
    "/problems?track=dsa",
    "/problems/two-sum",
    "/problems/book-buyers",
    "/review",
    "/progress",
    "/plan",
    "/mock",
    "/journal",
    "/companies",
    "/design",
    "/design/home-feed-ranking",
    "/stories",
    "/stories/new",
    "/stories/practice",
    "/stories/portfolio",
    "/stories/questions",
    "/no/such/page",
]
VERDICT_TIMEOUT_MS = 60_000

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason=f"{CHROMIUM} is missing: run scripts/install-browser.sh (as root) to run the browser tests",
)

if Path(CHROMIUM).exists():
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import Browser, Page, expect


STORY = {
    "title": "Unblocked the data team",
    "situation": "At my last job the data team blocked our launch.",
    "task": "My goal was to agree a schema in a week.",
    "action": "I met their lead. I wrote a shared proposal.",
    "result": "As a result we launched 2 weeks early.",
    "competencies": ["conflict", "collaboration"],
    "numbers": "2 weeks early",
}


@pytest.fixture(scope="module")
def data_pages(server: str) -> list[str]:
    """The addresses of pages that need data, after creating it as a learner would."""
    with httpx.Client(base_url=server, timeout=VERDICT_TIMEOUT_MS / 1000) as http:
        running = http.post("/mock", data={"kind": "coding"}, follow_redirects=True)
        assert running.status_code == 200, running.text
        running_path = running.url.path
        slug = running.text.split('name="slug" value="', 1)[1].split('"', 1)[0]
        thought = http.post(
            f"{running_path}/think",
            data={"round_index": "1", "slug": slug, "approach": "hash map", "complexity": "O(n)"},
            follow_redirects=True,
        )
        assert 'name="code"' in thought.text
        finished = http.post("/mock", data={"kind": "coding"}, follow_redirects=True)
        report = http.post(f"{finished.url.path}/finish", follow_redirects=True)
        assert "Mock report" in report.text
        journal = http.post(
            "/journal",
            data={"company": "Acme", "date": "2027-01-05", "round_name": "screen",
                  "question": "Reverse Linked List, iteratively", "struggled": "1"},
        )  # fmt: skip
        assert journal.status_code in (200, 303)
        company = http.post("/companies", data={"company": "Acme", "builds": "fraud models"})
        assert company.status_code in (200, 303)
        story = http.post("/stories/new", data=STORY)
        assert story.status_code == 303, story.text
        story_path = story.headers["location"]
    return [
        f"{running_path}?{thought.url.query.decode()}",
        report.url.path,
        "/companies/Acme",
        story_path,
        f"{story_path}/edit",
    ]


def serious(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['html'][:150] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize(("width", "scheme"), [(1440, "light"), (390, "dark")])
def test_no_serious_violation_on_any_page(
    browser: Browser, server: str, data_pages: list[str], width: int, scheme: str
) -> None:
    context = browser.new_context(
        viewport={"width": width, "height": 900},
        color_scheme=scheme,
        has_touch=width < 900,  # type: ignore[arg-type]
    )
    page = context.new_page()
    found = {}
    for path in PAGES + data_pages:
        page.goto(f"{server}{path}")
        problems = serious(page)
        if problems:
            found[path] = problems
    # A design answer with its diagram drawn, then graded: the rubric and the model answer.
    page.goto(f"{server}/design/payment-fraud")
    expect(page.locator("#design-form")).to_have_attribute("data-ready", "true")
    page.locator("#section-data").fill("Labels come from chargebacks that arrive up to 90 days later.")
    page.locator("#section-diagram").fill("flowchart LR\n  C[Checkout] --> R[Risk service]")
    expect(page.locator("#diagram-preview svg")).to_be_visible(timeout=15_000)
    page.locator("#finish-button").click()
    page.locator("#grade-button").click()
    expect(page.locator("#design-result-card")).to_be_visible(timeout=15_000)
    expect(page.locator(".design-compare .diagram-figure svg").first).to_be_visible(timeout=15_000)
    problems = serious(page)
    if page.evaluate("document.documentElement.scrollWidth") > width:
        problems.append("the graded page scrolls sideways")
    if problems:
        found["/design/payment-fraud, graded"] = problems
    # The problem page with its panels open: a verdict, the Testcase tab, settings, attempts.
    page.goto(f"{server}/problems/two-sum")
    if width < 900:
        page.locator("#view-result").click()
    page.locator("#run-button").click()
    expect(page.locator("#results .verdict")).to_be_visible(timeout=VERDICT_TIMEOUT_MS)
    if width < 900:
        page.locator("#view-code").click()
    page.locator("#settings-button").click()
    problems = serious(page)
    if width < 900:
        page.locator("#view-result").click()
    page.locator("#tab-testcase").click()
    problems += serious(page)
    if width < 900:
        page.locator("#view-description").click()
    page.locator("#tab-submissions").click()
    page.locator('#history [data-do="diff"]').first.click()
    expect(page.locator("#attempt-view .cm-editor").first).to_be_visible()
    problems += serious(page)
    page.goto(f"{server}/review")
    page.locator('[data-action="reveal"]').click()
    problems += serious(page)
    if problems:
        found["problem page and review, opened"] = problems
    context.close()
    assert not found, json.dumps(found, indent=1)


def test_no_page_scrolls_sideways_on_a_phone(browser: Browser, server: str, data_pages: list[str]) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.request.post(
        f"{server}/api/problems/two-sum/submit",
        data=json.dumps({"code": (TWO_SUM / "solution.py").read_text()}),
        headers={"Content-Type": "application/json"},
        timeout=VERDICT_TIMEOUT_MS,
    )
    wide = {}
    hidden_nav: list[str] = []
    for path in PAGES + data_pages + ["/design/payment-fraud"]:
        page.goto(f"{server}{path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            wide[path] = width
        # The nav scrolls inside itself; the entry of the page being shown is scrolled into view.
        current = page.locator('.mainnav [aria-current="page"]')
        if current.count():
            box = current.bounding_box()
            assert box is not None
            if box["x"] < 0 or box["x"] + box["width"] > 390:
                hidden_nav.append(path)
    context.close()
    assert not wide, f"pages wider than the phone: {wide}"
    assert not hidden_nav, f"the current page's nav entry is scrolled out of sight on: {hidden_nav}"
