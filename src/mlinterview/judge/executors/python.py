"""The Python executor: learner code is a module, a case is a call of its entry point.

Runs on the ``python`` worker kind (standard library and NumPy preloaded) or, for the libraries
track, on ``libs`` (PyTorch, scikit-learn and pandas too). The child side is
``harness/runner.py``. Answers are checked by the problem's checker, or by the pack's validator.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mlinterview.judge import static
from mlinterview.judge.checkers import Check, get_checker
from mlinterview.judge.execution import Limits

Validator = Callable[[list[Any], Any, Any], "bool | str"]


@dataclass
class Task:
    """Everything the judge needs to know about a Python problem, minus its cases."""

    code: str
    entry: dict[str, Any]
    limits: Limits = field(default_factory=Limits)
    checker: str = "exact"
    checker_options: dict[str, Any] = field(default_factory=dict)
    validator: Validator | None = None
    forbidden: list[str] = field(default_factory=list)
    filename: str = "<your code>"  # what the learner's tracebacks call the code (the file they gave)
    worker: str = "python"  # the worker kind the code runs on (judge/pool.py KINDS)
    driver: str | None = None  # the pack's driver.py, for entry style "driver"

    engine = "your program"
    child_time = False

    @property
    def time_limit_s(self) -> float:
        return self.limits.time_s

    @property
    def case_timeout_s(self) -> float:
        return self.limits.time_s

    @property
    def load_timeout_s(self) -> float:
        return max(self.limits.time_s, 2.0)

    @property
    def memory_cap_mb(self) -> float:
        return float(self.limits.memory_mb)

    def refuse(self) -> tuple[str, str] | None:
        problem = static.inspect(self.code, self.forbidden)
        return None if problem is None else (problem.kind, problem.message)

    def job_limits(self) -> Limits:
        return self.limits

    def load_message(self, marker: str, *, trusted: bool = False, timing: bool = False) -> dict[str, Any]:
        """The first message of a job: the code to load and how to call it. ``trusted`` code
        (a reference solution) may import what the problem forbids."""
        message: dict[str, Any] = {
            "code": self.code,
            "entry": self.entry,
            "forbidden": [] if trusted else self.forbidden,
            "marker": marker,
            "filename": self.filename,
        }
        if timing:
            message["timing"] = True
        if self.driver is not None:
            message["driver"] = self.driver
        return message

    def decode(self, value: Any) -> Any:
        return value

    def check(self, args: list[Any], expected: Any, got: Any, deadline: float | None) -> Check:
        if self.checker == "validator":
            if self.validator is None:
                return Check(False, "this problem's validator is missing")
            verdict = self.validator(args, expected, got)
            if verdict is True:
                return Check(True)
            return Check(False, verdict if isinstance(verdict, str) else "the answer is not valid")
        return get_checker(self.checker)(expected, got, **{"deadline": deadline, **self.checker_options})

    def details(self, args: list[Any], expected: Any, got: Any) -> tuple[Any, Any, Any]:
        return args, expected, got
