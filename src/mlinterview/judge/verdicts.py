"""The judge's verdicts and reports: one enum, a fixed display order, plain dataclasses."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


class Verdict(str, Enum):
    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    RUNTIME_ERROR = "runtime_error"
    TIME_LIMIT = "time_limit"
    MEMORY_LIMIT = "memory_limit"
    OUTPUT_LIMIT = "output_limit"
    SYNTAX_ERROR = "syntax_error"
    INTERNAL_ERROR = "internal_error"
    SKIPPED = "skipped"  # a case not run because an earlier one ended the process

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def order(self) -> int:
        return list(Verdict).index(self)


_LABELS = {
    Verdict.ACCEPTED: "Accepted",
    Verdict.WRONG_ANSWER: "Wrong Answer",
    Verdict.RUNTIME_ERROR: "Runtime Error",
    Verdict.TIME_LIMIT: "Time Limit Exceeded",
    Verdict.MEMORY_LIMIT: "Memory Limit Exceeded",
    Verdict.OUTPUT_LIMIT: "Output Limit Exceeded",
    Verdict.SYNTAX_ERROR: "Syntax Error",
    Verdict.INTERNAL_ERROR: "Internal Error",
    Verdict.SKIPPED: "Skipped",
}


@dataclass
class CaseResult:
    case_id: str
    verdict: Verdict
    time_s: float = 0.0
    is_sample: bool = False
    message: str = ""
    input: Any = None  # filled for samples and the first failing case only
    expected: Any = None
    got: Any = None
    stdout: str = ""
    has_details: bool = False


@dataclass
class Report:
    verdict: Verdict
    passed: int = 0
    total: int = 0
    cases: list[CaseResult] = field(default_factory=list)
    message: str = ""
    time_s: float = 0.0  # slowest case
    memory_mb: float = 0.0
    stdout: str = ""
    complexity: dict[str, Any] | None = None

    @property
    def is_accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPTED

    @property
    def first_failure(self) -> CaseResult | None:
        return next((c for c in self.cases if c.verdict not in (Verdict.ACCEPTED, Verdict.SKIPPED)), None)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["verdict"] = self.verdict.value
        for case in data["cases"]:
            case["verdict"] = case["verdict"].value
            if not case.pop("has_details"):
                for key in ("input", "expected", "got"):
                    case.pop(key)
        return data
