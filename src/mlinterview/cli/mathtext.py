"""Math for the terminal: the ``$...$`` TeX in card Markdown turned into readable Unicode text.

Rich draws Markdown but not math, so each math span is replaced by plain text before printing.
The TeX is read by the same library as the web app's (``latex2mathml``) and its MathML
flattened: superscripts and subscripts become Unicode where every character has a form
(``x²``, ``p₁``), otherwise ``^(...)`` and ``_(...)``; fractions become ``a/b``, roots ``√(x)``.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET

from markdown_it import MarkdownIt

from mlinterview.mdmath import math_rule

_SUP = dict(zip("0123456789+-−=()nia", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱᵃ", strict=True))
_SUP.update(zip("bcdefghjklmoprstuvwxyzT", "ᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀ", strict=True))
_SUB = dict(zip("0123456789+-−=()aeoxhklmnpstijruv", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ", strict=True))


_ACCENTS = {
    "^": "\u0302",
    "~": "\u0303",
    "¯": "\u0304",
    "‾": "\u0304",
    "˙": "\u0307",
    "→": "\u20d7",
    "¨": "\u0308",
}
_SPACED = set("=+−<>≤≥≈≠×→∈∝∼±")  # binary operators read with a space on each side
_MATHML = "{http://www.w3.org/1998/Math/MathML}"


def _is_atom(text: str) -> bool:
    """One symbol (accents included) or one number: safe next to "/" without parentheses."""
    letters = [ch for ch in text if not unicodedata.combining(ch)]
    return len(letters) <= 1 or re.fullmatch(r"[0-9.,]+", text) is not None


def _grouped(text: str) -> str:
    text = text.strip()
    return text if _is_atom(text) else f"({text})"


def _script(text: str, table: dict[str, str], tag: str) -> str:
    text = text.replace(" ", "")
    if text and all(ch in table for ch in text):
        return "".join(table[ch] for ch in text)
    mark = "^" if tag == "sup" else "\\_"  # an escaped underscore: Rich would read _ as emphasis
    return f"{mark}{text}" if len(text) == 1 else f"{mark}({text})"


def _flat(node: ET.Element) -> str:
    """Plain text for one MathML element (the tree latex2mathml writes)."""
    tag = node.tag.removeprefix(_MATHML)
    kids = list(node)
    parts = [_flat(kid) for kid in kids]
    if tag == "mo" and (node.text or "").strip() in _SPACED:
        return f" {node.text.strip()} "  # type: ignore[union-attr]
    if tag in ("mi", "mn", "mo", "mtext", "ms"):
        return (node.text or "").replace("\u00a0", " ")
    if tag == "mspace":
        return " "
    if tag == "msup" and len(parts) == 2:
        return parts[0] + _script(parts[1], _SUP, "sup")
    if tag == "msub" and len(parts) == 2:
        return parts[0] + _script(parts[1], _SUB, "sub")
    if tag in ("msubsup", "munderover") and len(parts) == 3:
        return parts[0] + _script(parts[1], _SUB, "sub") + _script(parts[2], _SUP, "sup")
    if tag == "munder" and len(parts) == 2:
        return parts[0] + _script(parts[1], _SUB, "sub")
    if tag == "mover" and len(parts) == 2:
        accent = _ACCENTS.get(parts[1].strip())
        return parts[0] + accent if accent else parts[0] + _script(parts[1], _SUP, "sup")
    if tag == "mfrac" and len(parts) == 2:
        if node.get("linethickness") == "0":  # a binomial coefficient's stack
            return f"{parts[0].strip()} choose {parts[1].strip()}"
        return f"{_grouped(parts[0])}/{_grouped(parts[1])}"
    if tag == "msqrt":
        return "√" + _grouped("".join(parts))
    if tag == "mroot" and len(parts) == 2:
        return _script(parts[1], _SUP, "sup") + "√" + _grouped(parts[0])
    if tag == "mtable":
        return "; ".join(parts)
    if tag == "mtr":
        return ", ".join(parts)
    return "".join(parts)


def tex_to_text(tex: str) -> str:
    """Readable one-line text for a TeX formula, read by the same library as the web app."""
    from latex2mathml.converter import convert

    try:
        tree = ET.fromstring(convert(tex))
    except Exception:  # TeX the reader cannot parse is shown as written
        return tex
    return " ".join(_flat(tree).split())


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
