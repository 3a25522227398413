"""Executors: what the one grading loop (``judge/grader.py``) needs to know about a language.

The loop is the same for every submission: refuse bad text before anything runs, start one
sandboxed job on a warm worker of the executor's kind, send the load message and every case
pipelined, read one answer per case under the judge's clock, check each answer in this process,
and summarise. An executor says what differs:

========================  ==============================  ====================================
                          ``python.Task``                 ``sql.SqlTask``
========================  ==============================  ====================================
worker kind               ``python`` or ``libs``          ``sql`` (the worker imports DuckDB on
                                                          its first job; this process never)
child harness             ``harness/runner.py``           ``harness/sqlrunner.py``
refused before running    size, syntax, forbidden names   size (the child refuses non-SELECTs)
a case's message          ``{"case", "args"}``            ``{"case", "args": [tables]}``
an answer's value         the returned value              ``{"columns", "rows", "tables"}``
checked by                the problem's checker           ``checkers.tables`` under the contract
========================  ==============================  ====================================

Both children answer in one protocol (``{"case", "ok", "value", "call_s"}`` or ``{"case",
"ok": false, "error": {"type", "message", "traceback"[, "verdict"]}}``), so timing, limits,
deaths, tampering and caps are handled once, in the loop.
"""

from __future__ import annotations

from typing import Any, Protocol

from mlinterview.judge.checkers import Check
from mlinterview.judge.execution import Limits


class Executor(Protocol):
    code: str
    worker: str  # the worker kind (judge/pool.py KINDS)
    engine: str  # what a learner is told stopped ("your program", "the SQL engine")
    child_time: bool  # a case's time is the child's own measure (it also loads data per case)

    @property
    def time_limit_s(self) -> float:
        """The stated limit per case."""

    @property
    def case_timeout_s(self) -> float:
        """When the judge kills a case: the limit, plus any grace the engine needs."""

    @property
    def load_timeout_s(self) -> float: ...

    @property
    def memory_cap_mb(self) -> float:
        """A job whose peak passes this gets memory_limit."""

    def refuse(self) -> tuple[str, str] | None:
        """(kind, message) when the text must not run: too_large | syntax | forbidden."""

    def job_limits(self) -> Limits: ...

    def load_message(self, marker: str, *, trusted: bool = False, timing: bool = False) -> dict[str, Any]: ...

    def decode(self, value: Any) -> Any:
        """The child's answer value as the checker compares it."""

    def check(self, args: list[Any], expected: Any, got: Any, deadline: float | None) -> Check: ...

    def details(self, args: list[Any], expected: Any, got: Any) -> tuple[Any, Any, Any]:
        """(input, expected, got) as a report shows them."""
