"""Markdown to HTML for statements, hints, editorials and cards.

CommonMark plus tables and strikethrough, raw HTML off (pack text is shown, never executed),
fenced code highlighted by Pygments when it is installed, and ``$...$`` / ``$$...$$`` math turned
into MathML on the server by ``latex2mathml`` (browsers draw MathML Core themselves: no
JavaScript, no fonts to download). TeX it cannot read is shown as escaped text.
Rendered text is cached by its content, so a page view does not re-parse a statement.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markupsafe import Markup

from mlinterview.mdmath import math_rule


def tex_to_mathml(tex: str, *, display: bool = False) -> str:
    """MathML for a TeX formula; its escaped source in ``<code>`` when it cannot be read."""
    from latex2mathml.converter import convert

    try:
        return str(convert(tex, display="block" if display else "inline"))
    except Exception:  # any parse failure: show the TeX instead of failing the page
        return f'<code class="math-source">{escape(tex)}</code>'


def _highlight(code: str, lang: str, _attrs: Any) -> str:
    if not lang:
        return ""
    try:
        from pygments import highlight
        from pygments.formatters import HtmlFormatter
        from pygments.lexers import get_lexer_by_name
        from pygments.util import ClassNotFound
    except ImportError:  # Pygments is optional: plain code blocks then
        return ""
    try:
        lexer = get_lexer_by_name(lang)
    except ClassNotFound:
        return ""
    formatter = HtmlFormatter(nowrap=True)
    return str(highlight(code, lexer, formatter))


def _render_math(display: bool) -> Callable[..., str]:
    def render(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        tex = tokens[idx].content
        cls = "math math-display" if display else "math"
        return f'<span class="{cls}" title="{escape(tex)}">{tex_to_mathml(tex, display=display)}</span>'

    return render


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "highlight": _highlight, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.inline.ruler.before("escape", "math", math_rule)
    md.add_render_rule("math_inline", _render_math(False))
    md.add_render_rule("math_display", _render_math(True))
    return md


_MD = _parser()


@lru_cache(maxsize=1024)
def _render(text: str) -> str:
    return _MD.render(text)


def render_markdown(text: str | None) -> Markup:
    """HTML for pack Markdown, safe to place in a template."""
    return Markup(_render(text or ""))
