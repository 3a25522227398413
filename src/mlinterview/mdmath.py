"""The ``$...$`` / ``$$...$$`` math syntax of pack Markdown, as a markdown-it inline rule.

One rule for every renderer: the web app sets the TeX as HTML (:mod:`mlinterview.web.markdown`),
the Anki export hands it to Anki's MathJax (:mod:`mlinterview.services.export`). The rule emits
``math_inline`` and ``math_display`` tokens whose content is the TeX between the markers.
"""

from __future__ import annotations

from markdown_it.rules_inline import StateInline


def _is_space(ch: str) -> bool:
    return ch in " \t\n"


def math_rule(state: StateInline, silent: bool) -> bool:
    """``$x$`` (inline) and ``$$x$$`` (display). Like Pandoc: the opening ``$`` is not followed
    by a space, the closing one not preceded by a space nor followed by a digit, so prices
    such as "$5 and $10" stay text."""
    src, start = state.src, state.pos
    if src[start] != "$":
        return False
    display = src.startswith("$$", start)
    marker = "$$" if display else "$"
    body_start = start + len(marker)
    if body_start >= state.posMax or _is_space(src[body_start]):
        return False
    end = body_start
    while True:
        end = src.find(marker, end)
        if end < 0 or end >= state.posMax:
            return False
        if src[end - 1] == "\\":
            end += 1
            continue
        after = end + len(marker)
        if not display and (_is_space(src[end - 1]) or (after < len(src) and src[after].isdigit())):
            return False  # the next "$" cannot close: no math here (inline math holds no "$")
        break
    if end == body_start:
        return False
    if not silent:
        token = state.push("math_display" if display else "math_inline", "span", 0)
        token.content = src[body_start:end]
        token.markup = marker
    state.pos = end + len(marker)
    return True
