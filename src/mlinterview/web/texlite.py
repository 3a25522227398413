"""A small subset of TeX math set as plain HTML, so formulas read well without a math library.

Handled: letters in italics, ``^`` and ``_`` (grouped or single), ``\\frac``, ``\\binom``, ``\\sqrt``,
``\\hat``/``\\bar``/``\\tilde``/``\\vec``, ``\\text``/``\\mathrm``/``\\mathbf``/``\\operatorname``,
Greek letters, common operators and relations, ``\\left``/``\\right``. Anything else is shown
as written, escaped, so an unknown command stays legible instead of vanishing.
"""

from __future__ import annotations

from html import escape

SYMBOLS = {
    # Greek
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "epsilon": "ε",
    "varepsilon": "ε",
    "zeta": "ζ",
    "eta": "η",
    "theta": "θ",
    "vartheta": "ϑ",
    "iota": "ι",
    "kappa": "κ",
    "lambda": "λ",
    "mu": "μ",
    "nu": "ν",
    "xi": "ξ",
    "pi": "π",
    "rho": "ρ",
    "sigma": "σ",
    "tau": "τ",
    "upsilon": "υ",
    "phi": "φ",
    "varphi": "φ",
    "chi": "χ",
    "psi": "ψ",
    "omega": "ω",
    "Gamma": "Γ",
    "Delta": "Δ",
    "Theta": "Θ",
    "Lambda": "Λ",
    "Xi": "Ξ",
    "Pi": "Π",
    "Sigma": "Σ",
    "Phi": "Φ",
    "Psi": "Ψ",
    "Omega": "Ω",
    # operators and relations
    "sum": "∑",
    "prod": "∏",
    "int": "∫",
    "partial": "∂",
    "nabla": "∇",
    "infty": "∞",
    "cdot": "·",
    "times": "×",
    "div": "÷",
    "pm": "±",
    "mp": "∓",
    "ast": "∗",
    "circ": "∘",
    "neg": "¬",
    "ell": "ℓ",
    "lVert": "‖",
    "rVert": "‖",
    "odot": "⊙",
    "otimes": "⊗",
    "oplus": "⊕",
    "le": "≤",
    "leq": "≤",
    "ge": "≥",
    "geq": "≥",
    "ne": "≠",
    "neq": "≠",
    "approx": "≈",
    "sim": "∼",
    "succ": "≻",
    "prec": "≺",
    "propto": "∝",
    "equiv": "≡",
    "in": "∈",
    "notin": "∉",
    "subset": "⊂",
    "subseteq": "⊆",
    "cup": "∪",
    "cap": "∩",
    "forall": "∀",
    "exists": "∃",
    "emptyset": "∅",
    "to": "→",
    "rightarrow": "→",
    "leftarrow": "←",
    "Rightarrow": "⇒",
    "iff": "⇔",
    "mapsto": "↦",
    "ldots": "…",
    "cdots": "⋯",
    "dots": "…",
    "mid": "∣",
    "top": "⊤",
    "perp": "⊥",
    "langle": "⟨",
    "rangle": "⟩",
    "lfloor": "⌊",
    "rfloor": "⌋",
    "lceil": "⌈",
    "rceil": "⌉",
    "|": "‖",
    "{": "{",
    "}": "}",
    "%": "%",
    "$": "$",
    "_": "_",
    "&": "&",
    "#": "#",
    "quad": "\u2003",
    "qquad": "\u2003\u2003",
    ",": "\u2009",
    ";": "\u2005",
    ":": "\u2005",
    "!": "",
    " ": " ",
}
RELATIONS = {
    "le",
    "leq",
    "ge",
    "geq",
    "ne",
    "neq",
    "approx",
    "sim",
    "succ",
    "prec",
    "propto",
    "equiv",
    "in",
    "notin",
    "subset",
    "subseteq",
    "to",
    "rightarrow",
    "leftarrow",
    "Rightarrow",
    "iff",
    "mapsto",
    "times",
    "cdot",
    "pm",
    "mp",
    "div",
    "mid",
}
FUNCTIONS = {
    "log",
    "ln",
    "exp",
    "sin",
    "cos",
    "tan",
    "tanh",
    "max",
    "min",
    "arg",
    "argmax",
    "argmin",
    "det",
    "sup",
    "inf",
    "lim",
    "Pr",
    "E",
    "Var",
    "Cov",
    "tr",
    "sgn",
    "softmax",
}
ACCENTS = {"hat": "\u0302", "bar": "\u0304", "tilde": "\u0303", "vec": "\u20d7", "dot": "\u0307"}
FONTS = {
    "text": "tx",
    "mathrm": "tx",
    "operatorname": "tx",
    "mathbf": "bf",
    "boldsymbol": "bf",
    "mathbb": "tx",
    "mathcal": "tx",
}


class _Reader:
    def __init__(self, tex: str) -> None:
        self.tex = tex
        self.pos = 0

    def peek(self) -> str:
        return self.tex[self.pos] if self.pos < len(self.tex) else ""

    def command(self) -> str:
        """The name after a backslash: letters, or one other character."""
        start = self.pos
        if self.pos < len(self.tex) and self.tex[self.pos].isalpha():
            while self.pos < len(self.tex) and self.tex[self.pos].isalpha():
                self.pos += 1
        else:
            self.pos += 1
        return self.tex[start : self.pos]

    def group_text(self) -> str:
        """The raw text of the next ``{...}`` group or single character."""
        while self.peek() == " ":
            self.pos += 1
        if self.peek() != "{":
            ch = self.peek()
            self.pos += 1
            return ch
        depth, start = 0, self.pos
        while self.pos < len(self.tex):
            ch = self.tex[self.pos]
            if ch == "\\":
                self.pos += 2
                continue
            depth += ch == "{"
            depth -= ch == "}"
            self.pos += 1
            if depth == 0:
                return self.tex[start + 1 : self.pos - 1]
        return self.tex[start + 1 :]

    def argument(self) -> str:
        """The next group or single token, converted."""
        while self.peek() == " ":
            self.pos += 1
        if self.peek() == "\\":
            self.pos += 1
            return _command(self, self.command())
        return tex_to_html(self.group_text())


def _command(reader: _Reader, name: str) -> str:
    if name in ("left", "right", "big", "Big", "bigg", "displaystyle", "limits"):
        return ""
    if name == "frac" or name == "dfrac" or name == "tfrac":
        top, bottom = reader.argument(), reader.argument()
        return f'<span class="frac"><span class="num">{top}</span><span class="den">{bottom}</span></span>'
    if name == "binom":  # drawn inline as C(n, k): a stacked pair without a bar needs no new CSS
        top, bottom = reader.argument(), reader.argument()
        return f"<i>C</i>({top}, {bottom})"
    if name == "sqrt":
        return f'√<span class="radicand">{reader.argument()}</span>'
    if name in ACCENTS:
        inner = reader.argument()
        if inner.endswith("</i>"):  # keep the accent on the letter, inside its tag
            return f"{inner[:-4]}{ACCENTS[name]}</i>"
        return f"{inner}{ACCENTS[name]}"
    if name in FONTS:
        text = reader.group_text()
        body = escape(text) if FONTS[name] == "tx" else tex_to_html(text)
        return f'<span class="{FONTS[name]}">{body}</span>'
    if name in FUNCTIONS:
        return f'<span class="tx">{name}</span>\u2009'
    if name in SYMBOLS:
        return f" {SYMBOLS[name]} " if name in RELATIONS else SYMBOLS[name]
    return escape("\\" + name)


def _ends_operand(html: str) -> bool:
    """Whether a minus after this piece is binary (spaced) rather than a sign."""
    if html.endswith(("</i>", "</sup>", "</sub>", "</span>")):
        return True
    text = html.rstrip()
    return bool(text) and (text[-1].isalnum() or text[-1] in ")]|")


def tex_to_html(tex: str) -> str:
    reader = _Reader(tex)
    out: list[str] = []
    while reader.pos < len(tex):
        ch = tex[reader.pos]
        if ch == "\\":
            reader.pos += 1
            out.append(_command(reader, reader.command()))
        elif ch in "^_":
            reader.pos += 1
            tag = "sup" if ch == "^" else "sub"
            out.append(f"<{tag}>{reader.argument()}</{tag}>")
        elif ch in "{} \t\n":  # grouping braces and spaces do not print in math
            reader.pos += 1
        elif ch.isalpha():
            start = reader.pos
            while reader.pos < len(tex) and tex[reader.pos].isalpha():
                reader.pos += 1
            out.append(f"<i>{escape(tex[start : reader.pos])}</i>")
        elif ch in "=<>+":
            reader.pos += 1
            out.append(f" {escape(ch)} ")
        elif ch == "-":
            reader.pos += 1
            out.append(" − " if out and _ends_operand(out[-1]) else "−")
        else:
            reader.pos += 1
            out.append(escape(ch))
    return "".join(out)
