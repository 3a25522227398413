"""Math for the terminal: the ``$...$`` TeX in card Markdown turned into readable Unicode text.

Rich draws Markdown but not math, so each math span is replaced by plain text before printing.
The TeX is read once, by the web app's renderer (:mod:`mlinterview.web.texlite`), and its HTML
flattened: superscripts and subscripts become Unicode where every character has a form
(``x²``, ``p₁``), otherwise ``^(...)`` and ``_(...)``; fractions become ``a/b``, roots ``√(x)``.
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

from markdown_it import MarkdownIt

from mlinterview.mdmath import math_rule

_SUP = dict(zip("0123456789+-−=()nia", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱᵃ", strict=True))
_SUP.update(zip("bcdefghjklmoprstuvwxyzT", "ᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀ", strict=True))
_SUB = dict(zip("0123456789+-−=()aeoxhklmnpstijruv", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ", strict=True))


class _Node:
    def __init__(self, tag: str, cls: str) -> None:
        self.tag, self.cls = tag, cls
        self.children: list[_Node | str] = []

    def text(self) -> str:
        parts = [c if isinstance(c, str) else c.text() for c in self.children]
        if self.cls == "frac":
            return "/".join(parts)
        if self.cls in ("num", "den", "radicand"):
            inner = "".join(parts).strip()
            return inner if _is_atom(inner) else f"({inner})"
        inner = "".join(parts)
        if self.tag in ("sup", "sub"):
            return _script(inner.replace(" ", ""), _SUP if self.tag == "sup" else _SUB, self.tag)
        return inner


def _is_atom(text: str) -> bool:
    """One symbol (accents included) or one number: safe next to "/" without parentheses."""
    letters = [ch for ch in text if not unicodedata.combining(ch)]
    return len(letters) <= 1 or re.fullmatch(r"[0-9.,]+", text) is not None


def _script(text: str, table: dict[str, str], tag: str) -> str:
    if text and all(ch in table for ch in text):
        return "".join(table[ch] for ch in text)
    mark = "^" if tag == "sup" else "\\_"  # an escaped underscore: Rich would read _ as emphasis
    return f"{mark}{text}" if len(text) == 1 else f"{mark}({text})"


class _Flattener(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("", "")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, dict(attrs).get("class") or "")
        self.stack[-1].children.append(node)
        self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        if len(self.stack) > 1:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def tex_to_text(tex: str) -> str:
    """Readable one-line text for a TeX formula."""
    from mlinterview.web.texlite import tex_to_html

    parser = _Flattener()
    parser.feed(tex_to_html(tex))
    parser.close()
    return " ".join(parser.root.text().split())


def _math_spans(text: str) -> list[tuple[str, str]]:
    md = MarkdownIt("commonmark").enable("table")
    md.inline.ruler.before("escape", "math", math_rule)
    spans = []
    for token in md.parse(text):
        for child in token.children or []:
            if child.type in ("math_inline", "math_display"):
                spans.append((f"{child.markup}{child.content}{child.markup}", child.content))
    return spans


def terminal_math(text: str) -> str:
    """``text`` with every math span replaced by its plain-text form, ready for Rich."""
    if "$" not in text:
        return text
    for source, tex in _math_spans(text):
        text = text.replace(source, tex_to_text(tex).replace("*", "\\*"), 1)
    return text
