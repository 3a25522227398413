"""The names LeetCode's Python 3 environment predefines, as a namespace for learner code."""

from __future__ import annotations

import bisect
import collections
import copy
import functools
import heapq
import itertools
import math
import operator
import random
import re
import string
import typing
from typing import Any

from structures import ListNode, Node, TreeNode

# Modules whose public names LeetCode makes available with `from X import *`.
_STAR_MODULES = (typing, collections, heapq, bisect, functools, itertools)
_MATH_NAMES = (
    "inf",
    "nan",
    "gcd",
    "lcm",
    "sqrt",
    "isqrt",
    "ceil",
    "floor",
    "log",
    "log2",
    "log10",
    "exp",
    "comb",
    "perm",
    "factorial",
    "prod",
    "hypot",
    "pi",
    "e",
)


def _base() -> dict[str, Any]:
    names: dict[str, Any] = {"__name__": "__main__", "__builtins__": __builtins__}
    for module in _STAR_MODULES:
        public = getattr(module, "__all__", None) or [n for n in dir(module) if not n.startswith("_")]
        for name in public:
            names[name] = getattr(module, name)
    for name in _MATH_NAMES:
        names[name] = getattr(math, name)
    names.update(
        bisect=bisect,
        collections=collections,
        copy=copy,
        functools=functools,
        heapq=heapq,
        itertools=itertools,
        math=math,
        operator=operator,
        random=random,
        re=re,
        string=string,
        typing=typing,
        ListNode=ListNode,
        TreeNode=TreeNode,
        Node=Node,
    )
    names.update(
        {n: getattr(string, n) for n in ("ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits")}
    )
    return names


# Built once in the warm worker, before it forks; each job gets a shallow copy.
_BASE = _base()


def namespace() -> dict[str, Any]:
    """A fresh globals dict for one submission."""
    return dict(_BASE)
