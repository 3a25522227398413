"""Validation of problem.yaml and cases.yaml: every error names the file and the field."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mlinterview.catalog.problem import DIFFICULTIES, PATTERNS, TRACKS, Problem
from mlinterview.complexity_classes import COMPLEXITY_EXPONENTS
from mlinterview.errors import ContentError

SCHEMA_VERSION = 1
STYLES = ("function", "solution", "design", "codec", "driver")
ARG_TYPES = (
    "json",
    "listnode",
    "listnode[]",
    "listnode_cycle",
    "treenode",
    "treenode_ref",
    "graph",
    "ndarray",
    "tensor",
    "dataframe",
    "series",
)
RETURN_TYPES = (
    "json",
    "listnode",
    "treenode",
    "treenode_ref",
    "graph",
    "ndarray",
    "tensor",
    "dataframe",
    "series",
    "value",
)
LIBRARY_VALUES = {"tensor", "dataframe", "series", "value"}  # types only the libraries track has
LIBRARIES = ("torch", "sklearn", "pandas")  # what a libraries-track problem practises
CHECKERS = ("exact", "unordered", "float", "permutation", "sign", "validator", "frame")
_ID = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PROBLEM_KEYS = {
    "schema",
    "id",
    "slug",
    "title",
    "track",
    "difficulty",
    "topics",
    "pattern",
    "leetcode",
    "entry",
    "limits",
    "checker",
    "complexity",
    "forbidden_imports",
    "plot",
    "constraints",
    "library",
}
_REQUIRED_FILES = ("statement.md", "cases.yaml", "hints.md", "editorial.md")


class Fields:
    """Typed access to a YAML mapping that reports the file and field of any mistake."""

    def __init__(self, path: Path, data: Any, prefix: str = "") -> None:
        self.path = path
        self.prefix = prefix
        if not isinstance(data, dict):
            raise ContentError(path, "expected a mapping", prefix or None)
        self.data = data

    def error(self, key: str, message: str) -> ContentError:
        return ContentError(self.path, message, f"{self.prefix}{key}")

    def only(self, allowed: set[str]) -> None:
        unknown = sorted(set(self.data) - allowed)
        if unknown:
            raise self.error(unknown[0], f"unknown field (allowed: {', '.join(sorted(allowed))})")

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ..., choices: Any = None) -> Any:
        if key not in self.data or self.data[key] is None:
            if default is ...:
                raise self.error(key, "is required")
            return default
        value = self.data[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            raise self.error(key, f"must be a {names}, not {type(value).__name__}")
        if choices is not None and value not in choices:
            raise self.error(key, f"{value!r} is not one of {', '.join(map(str, choices))}")
        return value

    def strings(self, key: str, default: Any = ...) -> list[str]:
        value = self.get(key, list, default)
        if not all(isinstance(v, str) and v for v in value):
            raise self.error(key, "must be a list of non-empty strings")
        return list(value)

    def sub(self, key: str) -> Fields:
        return Fields(self.path, self.data.get(key) or {}, f"{self.prefix}{key}.")


def check_schema_version(path: Path, data: Any) -> None:
    if not isinstance(data, dict) or "schema" not in data:
        raise ContentError(path, "is required (schema: 1)", "schema")
    version = data["schema"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise ContentError(path, "must be an integer", "schema")
    if version > SCHEMA_VERSION:
        raise ContentError(
            path,
            f"schema {version} is newer than this mlinterview understands "
            f"({SCHEMA_VERSION}); upgrade mlinterview",
            "schema",
        )
    if version < 1:
        raise ContentError(path, "must be 1", "schema")


def open_problem_yaml(folder: Path, data: Any, keys: set[str]) -> tuple[Fields, str]:
    """The checks every problem.yaml starts with, whatever its track: schema version, known
    fields only, a slug equal to the folder name. Returns the fields and the slug."""
    path = folder / "problem.yaml"
    check_schema_version(path, data)
    f = Fields(path, data)
    f.only(keys)
    slug = f.get("slug", str)
    if slug != folder.name or not _SLUG.match(slug):
        raise f.error("slug", f"must equal the folder name {folder.name!r} (lowercase, dashes)")
    return f, slug


def problem_from_yaml(folder: Path, data: Any) -> Problem:
    f, slug = open_problem_yaml(folder, data, _PROBLEM_KEYS)
    pid = f.get("id", str)
    if not _ID.match(pid):
        raise f.error("id", "must be lowercase letters, digits, dots and dashes")
    track = f.get("track", str, choices=tuple(TRACKS))
    pattern = f.get("pattern", str, None)
    if track == "dsa" and pattern not in PATTERNS:
        raise f.error("pattern", f"must be one of {', '.join(PATTERNS)}")
    entry = _entry(f.sub("entry"), track)
    library = f.get("library", str, None, choices=LIBRARIES)
    if (track == "libraries") != (library is not None):
        raise f.error(
            "library", f"a libraries-track problem names one of {', '.join(LIBRARIES)}; others name none"
        )
    if entry["style"] == "driver" and not (folder / "driver.py").is_file():
        raise f.error("entry", "style driver needs driver.py beside problem.yaml")
    limits = f.sub("limits")
    limits.only({"time_s", "memory_mb", "output_kb"})
    time_s = limits.get("time_s", float, 2.0)
    # PyTorch, scikit-learn and pandas need more room than NumPy code.
    memory_mb = limits.get("memory_mb", int, 1024 if track == "libraries" else 256)
    output_kb = limits.get("output_kb", int, 1024)
    if not 0 < time_s <= 30:
        raise limits.error("time_s", "must be between 0 and 30 seconds")
    if not 16 <= memory_mb <= 8192:
        raise limits.error("memory_mb", "must be between 16 and 8192")
    checker = f.sub("checker")
    checker.only({"kind", "depth", "rtol", "atol", "vectors", "ordered", "check_dtypes", "check_index"})
    kind = checker.get("kind", str, "exact", choices=CHECKERS)
    options: dict[str, Any] = {}
    if kind == "frame":
        options["ordered"] = checker.get("ordered", bool, True)
        options["check_dtypes"] = checker.get("check_dtypes", bool, True)
        options["check_index"] = checker.get("check_index", bool, False)
        options["rtol"] = checker.get("rtol", float, 1e-9)
        options["atol"] = checker.get("atol", float, 1e-12)
    if kind == "unordered":
        options["depth"] = checker.get("depth", int, 1)
    if kind in ("float", "sign"):
        options["rtol"] = checker.get("rtol", float, 1e-6)
        options["atol"] = checker.get("atol", float, 1e-9)
        if options["rtol"] < 0 or options["atol"] < 0:
            raise checker.error("rtol", "tolerances must be >= 0")
    if kind == "sign":
        options["vectors"] = checker.get("vectors", str, "columns", choices=("rows", "columns"))
    if kind == "validator" and not (folder / "checker.py").is_file():
        raise checker.error("kind", "a validator needs checker.py beside problem.yaml")
    complexity = None
    if "complexity" in data and data["complexity"] is not None:
        c = f.sub("complexity")
        c.only({"time", "variable"})
        complexity = {
            "time": c.get("time", str, choices=tuple(COMPLEXITY_EXPONENTS)),
            "variable": c.get("variable", str, "n"),
        }
    extra: dict[str, Any] = {}
    if data.get("constraints") is not None:
        from mlinterview.catalog.constraints import parse

        extra["constraints"] = parse(f.sub("constraints"), entry["params"])
    if data.get("plot") is not None:
        extra["plot"] = _plot(f.sub("plot"), entry)
    if library is not None:
        extra["library"] = library
    problem = Problem(
        id=pid,
        slug=slug,
        title=f.get("title", str),
        track=track,
        difficulty=f.get("difficulty", str, choices=DIFFICULTIES),
        topics=f.strings("topics"),
        entry=entry,
        path=folder,
        pattern=pattern,
        leetcode=f.get("leetcode", int, None),
        time_s=time_s,
        memory_mb=memory_mb,
        output_kb=output_kb,
        checker=kind,
        checker_options=options,
        complexity=complexity,
        forbidden=f.strings("forbidden_imports", []),
        extra=extra,
    )
    for name in (*_REQUIRED_FILES, "starter.py", "solution.py"):
        if not (folder / name).is_file():
            raise ContentError(folder / name, "is missing")
    if not problem.hints.hints:
        raise ContentError(folder / "hints.md", "has no '## Hint 1' section")
    return problem


PLOT_FIELDS = {
    "clusters": {"points", "labels", "centers"},
    "boundary": {"points", "labels", "weights", "bias"},
    "curve": {"series"},
    "roc": {"fpr", "tpr"},
    "heatmap": {"matrix"},
}


def _plot(f: Fields, entry: dict[str, Any]) -> dict[str, Any]:
    """What `mli run --plot` draws: a kind and where each part comes from — an index or key
    into the answer, or the name of a parameter (points, labels)."""
    kind = f.get("kind", str, choices=tuple(PLOT_FIELDS))
    f.only({"kind", "title", *PLOT_FIELDS[kind]})
    spec: dict[str, Any] = {"kind": kind, "title": f.get("title", str, "")}
    for name in sorted(PLOT_FIELDS[kind]):
        where = f.get(name, (int, str), None)
        if where is None and name not in ("centers",):
            raise f.error(name, "is required for this kind of plot")
        if name in ("points",) and where not in entry["params"]:
            raise f.error(name, "must name a parameter")
        spec[name] = where
    return spec


def _entry(f: Fields, track: str) -> dict[str, Any]:
    f.only({"style", "name", "params", "types", "returns", "mutates", "methods", "output_names"})
    style = f.get("style", str, choices=STYLES)
    entry: dict[str, Any] = {"style": style, "name": f.get("name", str)}
    if style == "design":
        entry["params"] = ["ops", "args"]
    else:
        entry["params"] = f.strings("params", [])
    types = f.get("types", dict, {})
    for param, kind in types.items():
        if param not in entry["params"]:
            raise f.error(f"types.{param}", "names no parameter in params")
        if kind not in ARG_TYPES:
            raise f.error(f"types.{param}", f"{kind!r} is not one of {', '.join(ARG_TYPES)}")
    entry["types"] = dict(types)
    entry["returns"] = f.get("returns", str, "json", choices=RETURN_TYPES)
    if track != "libraries":
        for param, kind in types.items():
            if kind in LIBRARY_VALUES:
                raise f.error(f"types.{param}", f"{kind!r} values belong to the libraries track")
        if entry["returns"] in LIBRARY_VALUES or style == "driver":
            raise f.error("returns" if style != "driver" else "style", "belongs to the libraries track")
    mutates = f.get("mutates", str, None)
    if mutates is not None and mutates not in entry["params"]:
        raise f.error("mutates", "must name a parameter")
    entry["mutates"] = mutates
    entry["output_names"] = f.strings("output_names", [])  # names of a returned tuple's parts
    if style == "codec":
        methods = f.strings("methods")
        if len(methods) != 2:
            raise f.error("methods", "a codec names exactly two methods: [encode, decode]")
        entry["methods"] = methods
    return entry


def cases_from_yaml(
    path: Path, data: Any, problem: Problem
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    check_schema_version(path, data)
    f = Fields(path, data)
    f.only({"schema", "sample", "hidden"})
    seen: set[str] = set()
    groups = []
    arity = len(problem.entry["params"])
    for group in ("sample", "hidden"):
        raw = f.get(group, list, [])
        cases = []
        for i, item in enumerate(raw):
            c = Fields(path, item, f"{group}[{i}].")
            c.only({"id", "args", "expected", "note"})
            case_id = c.get("id", str)
            if case_id in seen:
                raise c.error("id", f"duplicate case id {case_id!r}")
            seen.add(case_id)
            args = c.get("args", list)
            if len(args) != arity:
                raise c.error("args", f"has {len(args)} arguments; the entry takes {arity}")
            if "expected" not in item:
                raise c.error("expected", "is required")
            cases.append({"id": case_id, "args": args, "expected": item["expected"]})
        groups.append(cases)
    if not groups[0]:
        raise f.error("sample", "at least one sample case is required")
    return groups[0], groups[1]
