"""Stated input constraints as data: problem.yaml's ``constraints:`` and the checks of cases
against them.

A problem states its limits once, per parameter::

    constraints:
      nums: {len: 2500, min: -10000, max: 10000}
      words: {len: 100, inner: 100}

``len`` is the largest length of the value (a list, a string; for ``treenode`` the number of
nodes, not counting ``null`` holes; for ``listnode_cycle`` the number of nodes; for a
``dataframe`` or ``series`` its number of rows), ``inner`` the
largest length of each of its elements (the strings of a list, the rows of a matrix), ``min``
and ``max`` bound every number inside the value. Every case must respect them, and for every
``len`` and ``inner``, and for the ``max`` of a parameter that is a single number, some hidden
case must reach the maximum: the stated constraints are the
tested ones. Nothing here runs code; the checks take the cases' arguments as data.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mlinterview.catalog.schema import Fields

KEYS = ("len", "inner", "min", "max")
Constraints = dict[str, dict[str, float]]


def parse(f: Fields, params: list[str]) -> Constraints:
    """problem.yaml's ``constraints:`` mapping, checked: known parameters and keys, numbers."""
    out: Constraints = {}
    for param in f.data:
        if param not in params:
            raise f.error(str(param), f"names no parameter (params: {', '.join(params)})")
        c = f.sub(str(param))
        c.only(set(KEYS))
        bounds: dict[str, float] = {}
        for key in KEYS:
            value = c.get(key, (int, float), None)
            if value is not None:
                bounds[key] = value
        if not bounds:
            raise f.error(str(param), f"states nothing (use {', '.join(KEYS)})")
        for key in ("len", "inner"):
            if key in bounds and (bounds[key] < 0 or bounds[key] != int(bounds[key])):
                raise c.error(key, "must be a whole number >= 0")
        if "min" in bounds and "max" in bounds and bounds["min"] > bounds["max"]:
            raise c.error("min", "is larger than max")
        out[str(param)] = bounds
    return out


def _plain(value: Any) -> Any:
    tolist = getattr(value, "tolist", None)
    return tolist() if callable(tolist) else value


def length(value: Any, kind: str = "json") -> int | None:
    """The length a constraint's ``len`` bounds, or None for a value without one."""
    value = _plain(value)
    if kind in ("dataframe", "series") and isinstance(value, dict):
        rows = value.get("rows" if kind == "dataframe" else "values")
        return len(rows) if isinstance(rows, list) else None
    if kind == "listnode_cycle" and isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list):
        if kind == "treenode":
            return sum(v is not None for v in value)
        return len(value)
    return None


def _inner(value: Any) -> int | None:
    value = _plain(value)
    if not isinstance(value, list):
        return None
    sizes = [length(v) for v in value]
    known = [s for s in sizes if s is not None]
    return max(known) if known else None


def _numbers(value: Any) -> Iterable[float]:
    value = _plain(value)
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, (int, float)):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _numbers(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _numbers(item)


def violations(constraints: Constraints, entry: dict[str, Any], args: list[Any]) -> list[str]:
    """What in one case's arguments breaks the stated constraints (empty when nothing does)."""
    found: list[str] = []
    types = entry.get("types", {})
    for param, arg in zip(entry["params"], args, strict=False):
        bounds = constraints.get(param)
        if not bounds:
            continue
        n = length(arg, types.get(param, "json"))
        if "len" in bounds and n is not None and n > bounds["len"]:
            found.append(f"{param} has length {n} > {bounds['len']:g}")
        inner = _inner(arg)
        if "inner" in bounds and inner is not None and inner > bounds["inner"]:
            found.append(f"an element of {param} has length {inner} > {bounds['inner']:g}")
        if "min" in bounds or "max" in bounds:
            numbers = list(_numbers(arg))
            if numbers and "min" in bounds and min(numbers) < bounds["min"]:
                found.append(f"{param} holds {min(numbers):g} < {bounds['min']:g}")
            if numbers and "max" in bounds and max(numbers) > bounds["max"]:
                found.append(f"{param} holds {max(numbers):g} > {bounds['max']:g}")
    return found


def _scalar(value: Any) -> float | None:
    value = _plain(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def unreached(constraints: Constraints, entry: dict[str, Any], all_args: list[list[Any]]) -> list[str]:
    """The maxima that no case reaches: ``len`` and ``inner``, and ``max`` of a parameter that
    is a single number (the stated sizes and magnitudes must be tested)."""
    types = entry.get("types", {})
    missing: list[str] = []
    for i, param in enumerate(entry["params"]):
        bounds = constraints.get(param, {})
        kind = types.get(param, "json")
        if "len" in bounds:
            best = max((length(a[i], kind) or 0 for a in all_args if i < len(a)), default=0)
            if best < bounds["len"]:
                missing.append(f"no case reaches {param} length {bounds['len']:g} (largest: {best})")
        if "inner" in bounds:
            best = max((_inner(a[i]) or 0 for a in all_args if i < len(a)), default=0)
            if best < bounds["inner"]:
                missing.append(
                    f"no case reaches {param} element length {bounds['inner']:g} (largest: {best})"
                )
        scalars = [v for a in all_args if i < len(a) and (v := _scalar(a[i])) is not None]
        if "max" in bounds and scalars and max(scalars) < bounds["max"]:
            missing.append(f"no case reaches {param} = {bounds['max']:g} (largest: {max(scalars):g})")
    return missing
