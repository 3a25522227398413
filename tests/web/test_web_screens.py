"""The web app on a wide screen (1440 px) and a phone (390 px) in headless Chromium: custom input,
the dark theme, the phone problem page, the attempts diff and undo on the review page. One
browser for the module; each test opens its own browser context."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from web_support import CHROMIUM, TWO_SUM

VERDICT_TIMEOUT_MS = 60_000
WIDTHS = [pytest.param(1440, id="1440px"), pytest.param(390, id="390px")]

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason=f"{CHROMIUM} is missing: run scripts/install-browser.sh (as root) to run the browser tests",
)

if Path(CHROMIUM).exists():
    from playwright.sync_api import Browser, Page, expect


def open_page(browser: Browser, width: int, **options: object) -> Page:
    is_phone = width < 900
    context = browser.new_context(
        viewport={"width": width, "height": 844 if is_phone else 900},
        has_touch=is_phone,
        is_mobile=is_phone,
        **options,  # type: ignore[arg-type]
    )
    page = context.new_page()
    errors: list[str] = []
    # A refused request (bad input: 400) is an answer the page shows, not a page error.
    page.on(
        "console",
        lambda m: (
            errors.append(m.text)
            if m.type == "error" and "responded with a status of 4" not in m.text
            else None
        ),
    )
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.errors = errors  # type: ignore[attr-defined]
    return page


def close_page(page: Page) -> None:
    errors = page.errors  # type: ignore[attr-defined]
    page.context.close()
    assert errors == [], f"the page logged errors: {errors}"


def put_code(page: Page, code: str) -> None:
    content = page.locator("#editor-host .cm-content")
    expect(content).to_be_visible()
    content.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(code)


@pytest.mark.parametrize("width", WIDTHS)
def test_custom_input_beside_the_reference(browser: Browser, server: str, width: int) -> None:
    page = open_page(browser, width)
    page.goto(f"{server}/problems/two-sum")
    if width < 900:
        page.locator("#view-code").click()
    put_code(page, (TWO_SUM / "wrong" / "reuses-same-element.py").read_text())
    if width < 900:
        page.locator("#view-result").click()
    page.locator("#tab-testcase").click()
    box = page.locator("#testcase-input")
    expect(box).to_have_value(re.compile(r"^nums = \[[\d, ]+\]\ntarget = \d+$"))  # the first example
    page.locator("#testcase-cases button", has_text="+ Add a case").click()
    box.fill("nums = [5, 8, 2]\ntarget = 10")
    page.locator("#custom-run").click()
    result = page.locator("#results .custom-result")
    expect(result).to_have_attribute("data-verdict", "wrong_answer", timeout=VERDICT_TIMEOUT_MS)
    expect(result).to_contain_text("Different from the reference")
    expect(page.locator("#custom-got")).to_have_text("[0, 0]")
    expect(page.locator("#custom-expected")).to_have_text("[1, 2]")
    page.locator("#tab-testcase").click()
    expect(page.locator("#testcase-cases button", has_text="Case 2")).to_be_visible()
    box.fill("nums = [5, 8\ntarget = 10")
    page.locator("#custom-run").click()
    expect(page.locator("#testcase-error")).to_contain_text("nums: malformed value")
    close_page(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_dark_theme_follows_the_system_and_the_toggle(browser: Browser, server: str, width: int) -> None:
    page = open_page(browser, width, color_scheme="dark")
    background = "getComputedStyle(document.body).backgroundColor"
    for path in ("/", "/problems", "/problems/two-sum", "/review", "/progress"):
        page.goto(f"{server}{path}")
        assert page.evaluate(background) == "rgb(15, 18, 22)", path
    expect(page.locator("#theme-toggle")).to_have_attribute("aria-pressed", "true")
    page.locator("#theme-toggle").click()
    assert page.evaluate(background) == "rgb(244, 245, 247)"
    page.goto(f"{server}/problems/two-sum")  # the choice is kept
    assert page.evaluate(background) == "rgb(244, 245, 247)"
    expect(page.locator("#theme-toggle")).to_have_attribute("aria-pressed", "false")
    assert "ͼo" not in (page.locator(".cm-editor").get_attribute("class") or "")  # light editor
    page.locator("#theme-toggle").click()
    expect(page.locator(".cm-editor")).to_have_css("background-color", "rgb(40, 44, 52)")  # one-dark
    close_page(page)


def test_the_problem_page_on_a_phone(browser: Browser, server: str) -> None:
    page = open_page(browser, 390)
    page.goto(f"{server}/problems/valid-anagram")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    expect(page.locator("#pane-left .statement")).to_be_visible()
    expect(page.locator("#editor-host")).to_be_hidden()
    run = page.locator("#run-button")
    expect(run).to_be_in_viewport()  # the bar stays on screen
    expect(page.locator(".shortcut-hint")).to_be_hidden()
    expect(run.locator("kbd")).to_be_hidden()  # no Ctrl hints on a touch screen
    page.locator("#view-code").click()
    expect(page.locator("#pane-left")).to_be_hidden()
    solution = Path(TWO_SUM).parent / "valid-anagram" / "solution.py"
    put_code(page, solution.read_text())
    run.click()
    expect(page.locator("#view-result")).to_have_attribute("aria-selected", "true")
    verdict = page.locator("#results .verdict")
    expect(verdict).to_have_attribute("data-verdict", "accepted", timeout=VERDICT_TIMEOUT_MS)
    expect(verdict).to_be_in_viewport()
    expect(page.locator("#results .verdict-label")).to_have_text("Accepted")
    page.locator("#view-description").focus()
    page.keyboard.press("ArrowRight")  # tabs move with the arrow keys
    expect(page.locator("#view-code")).to_be_focused()
    expect(page.locator("#view-code")).to_have_attribute("aria-selected", "true")
    close_page(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_attempts_preview_diff_and_load(browser: Browser, server: str, width: int) -> None:
    slug = "contains-duplicate"
    first = "class Solution:\n    def containsDuplicate(self, nums):\n        return False\n"
    second = (
        "class Solution:\n    def containsDuplicate(self, nums):\n        return len(set(nums)) < len(nums)\n"
    )
    page = open_page(browser, width)
    for code, mode in ((first, "submit"), (second, "run")):
        answer = page.request.post(
            f"{server}/api/problems/{slug}/{mode}",
            data=json.dumps({"code": code}),
            headers={"Content-Type": "application/json"},
            timeout=VERDICT_TIMEOUT_MS,
        )
        assert answer.ok
    page.goto(f"{server}/problems/{slug}")
    page.locator("#tab-submissions").click()
    history = page.locator("#history")
    expect(history.locator("caption", has_text="Submissions")).to_be_visible()
    expect(history.locator("caption", has_text="Runs")).to_be_visible()
    submission = history.locator("table", has=page.locator("caption", has_text="Submissions"))
    submission.locator('[data-do="preview"]').first.click()
    view = page.locator("#attempt-view")
    expect(view.locator(".cm-content")).to_contain_text("return False")
    expect(view.locator(".cm-content")).to_have_attribute("contenteditable", "false")
    submission.locator('[data-do="diff"]').first.click()
    if width < 900:
        expect(view.locator(".cm-deletedChunk")).to_contain_text("return False")
    else:
        expect(view.locator(".cm-mergeView")).to_be_visible()
        expect(view.locator(".cm-changedLine").first).to_be_visible()
    # Unsaved work: loading asks first; saying no keeps it.
    if width < 900:
        page.locator("#view-code").click()
    put_code(page, second + "# my unsaved idea\n")
    if width < 900:
        page.locator("#view-description").click()
    page.once("dialog", lambda d: d.dismiss())
    view.locator("#attempt-load").click()
    expect(page.locator("#editor-host .cm-content")).to_contain_text("my unsaved idea")
    page.once("dialog", lambda d: d.accept())
    view.locator("#attempt-load").click()
    expect(page.locator("#editor-host .cm-content")).to_contain_text("return False")
    expect(page.locator("#editor-host .cm-content")).not_to_contain_text("my unsaved idea")
    close_page(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_review_undo_brings_the_card_back(browser: Browser, server: str, width: int) -> None:
    page = open_page(browser, width)
    page.goto(f"{server}/review?track=deep-learning")
    card = page.locator(".flashcard[data-card-id]")
    first = card.get_attribute("data-card-id")
    new = int(page.locator('[data-count="new"]').inner_text())
    page.locator('[data-action="reveal"]').click()
    page.locator('[data-rating="1"]').click()
    expect(page.locator("#review-toast")).to_contain_text("Again: back in")
    expect(card).not_to_have_attribute("data-card-id", first or "")
    expect(page.locator('[data-count="learning"]')).to_have_text("1")  # counted without a reload
    expect(page.locator('[data-count="new"]')).to_have_text(str(new - 1))
    page.locator("#undo-button").click()
    expect(page.locator("#review-toast")).to_contain_text("Undone")
    expect(card).to_have_attribute("data-card-id", first or "")
    expect(page.locator('[data-count="new"]')).to_have_text(str(new))
    expect(page.locator('[data-count="learning"]')).to_have_text("0")
    close_page(page)


def test_editor_settings_are_kept_and_vim_works(browser: Browser, server: str) -> None:
    page = open_page(browser, 1440)
    page.goto(f"{server}/problems/climbing-stairs")
    page.locator("#settings-button").click()
    form = page.locator("#editor-settings")
    form.locator('select[name="fontSize"]').select_option("18")
    form.locator('select[name="tabSize"]').select_option("2")
    form.locator('input[name="wrap"]').check()
    form.locator('input[name="vim"]').check()
    page.reload()
    expect(page.locator(".cm-editor .cm-content")).to_have_css("font-size", "18px")
    expect(page.locator(".cm-editor .cm-content")).to_have_class(re.compile("cm-lineWrapping"))
    put_code(page, "")
    page.keyboard.press("Escape")
    page.keyboard.type("ihello")  # Vim: i enters insert mode, so only "hello" is typed
    page.keyboard.press("Escape")
    page.keyboard.type("0x")  # normal mode: delete the first character
    expect(page.locator("#editor-host .cm-content")).to_have_text("ello")
    page.locator("#settings-button").click()
    expect(form.locator('select[name="tabSize"]')).to_have_value("2")
    form.locator('input[name="vim"]').uncheck()
    close_page(page)
