"""Checks on a submission's text before anything runs: size, syntax, forbidden imports."""

from __future__ import annotations

import ast
from dataclasses import dataclass

MAX_CODE_BYTES = 256 * 1024


@dataclass
class StaticProblem:
    kind: str  # too_large | syntax | forbidden
    message: str


def text_problem(code: str, noun: str = "submission") -> StaticProblem | None:
    """What no language may run: a text over the size cap, or one holding a NUL byte."""
    if len(code.encode("utf-8", errors="replace")) > MAX_CODE_BYTES:
        return StaticProblem("too_large", f"the {noun} is larger than {MAX_CODE_BYTES // 1024} KB")
    if "\x00" in code:
        return StaticProblem("syntax", f"the {noun} contains a NUL byte")
    return None


def inspect(code: str, forbidden: list[str]) -> StaticProblem | None:
    problem = text_problem(code)
    if problem is not None:
        return problem
    try:
        tree = ast.parse(code, filename="solution.py")
    except SyntaxError as exc:
        return StaticProblem("syntax", format_syntax_error(exc))
    except (ValueError, RecursionError, MemoryError) as exc:
        return StaticProblem("syntax", f"the submission cannot be parsed: {exc}")
    if forbidden:
        found = forbidden_use(tree, forbidden)
        if found:
            return StaticProblem(
                "forbidden",
                f"forbidden: '{found}' is not allowed in this problem — the point is to write it yourself",
            )
    return None


def format_syntax_error(exc: SyntaxError) -> str:
    line = (exc.text or "").rstrip("\n")
    where = f"line {exc.lineno}" if exc.lineno else "the code"
    text = f"{where}: {exc.msg}"
    if line.strip():
        caret = " " * max((exc.offset or 1) - 1, 0) + "^"
        text += f"\n    {line}\n    {caret}"
    return text


def forbidden_use(tree: ast.AST, forbidden: list[str]) -> str | None:
    """The first forbidden module imported (or, for ``numpy.linalg``, reached as an attribute)."""

    def banned(name: str) -> str | None:
        for module in forbidden:
            if name == module or name.startswith(module + "."):
                return module
        return None

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                hit = banned(alias.name)
                if hit:
                    return hit
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            hit = banned(node.module) or next(
                (b for a in node.names if (b := banned(f"{node.module}.{a.name}"))), None
            )
            if hit:
                return hit
        elif isinstance(node, ast.Attribute):
            # numpy.linalg is imported with numpy itself: catch `np.linalg` by attribute name.
            for module in forbidden:
                parent, _, last = module.rpartition(".")
                if parent and node.attr == last:
                    return module
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "__import__"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            hit = banned(node.args[0].value)
            if hit:
                return hit
    return None
