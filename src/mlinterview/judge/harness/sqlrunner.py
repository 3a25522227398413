"""The child side of one SQL submission: check the learner's query, then run it on each dataset.

Runs inside a sandboxed process forked from a warm worker, exactly like a Python submission
(same uid, limits, namespaces and wall-clock kill); the worker has DuckDB imported already. The
first message holds the schema, the query and the limits; the child refuses anything but one
read-only SELECT before any dataset exists. Each later message is one case whose argument is a
dataset: the child loads it into a locked connection (one per job when the schema is only
tables, its tables dropped and created again per dataset; else a fresh one each time), runs
the query under DuckDB's own interrupt timer, fetches within ``sqlengine``'s caps and answers
with the result as tagged JSON (``sqlwire``), in the answer protocol of ``runner.py``. It never
sees expected results: the judge compares in its own process. A trusted ``dump`` job answers
with the tables themselves.
"""

from __future__ import annotations

import threading
import traceback
from typing import Any

import protocol
import sqlengine
import sqlwire


def _error(verdict: str, message: str, kind: str = "SqlError") -> dict[str, Any]:
    return {"type": kind, "message": message, "traceback": "", "verdict": verdict}


class SqlJob:
    """One job, in the protocol of ``runner.py``: ``{"case", "ok", "value", "call_s"}`` or an
    error that names its verdict (the engine classified it: parser, interrupt, memory)."""

    def __init__(self, cmd_fd: int, res_fd: int) -> None:
        self.cmd_fd = cmd_fd
        self.res_fd = res_fd

    def send(self, message: dict[str, Any]) -> None:
        protocol.write_frame(self.res_fd, protocol.encode(message))

    def run(self) -> None:
        header = protocol.decode(protocol.read_frame(self.cmd_fd))["sql"]
        self.schema = str(header["schema"])
        self.query = str(header["query"])
        self.time_s = float(header["time_s"])
        self.memory_mb = int(header["memory_mb"])
        self.dump = bool(header.get("dump"))
        self.trusted = bool(header.get("trusted"))  # the pack's own SQL: its datasets are checked
        self.reuse = sqlengine.only_tables(self.schema)
        self.con: Any = None
        sqlengine.neutral_folder()
        # The connection that parses the query (parsing runs nothing) serves the first dataset.
        self.fresh: Any = sqlengine.sandbox(self.memory_mb)
        refused = None if self.dump else sqlengine.check_text(self.query, self.fresh)
        if refused is not None:
            self.send({"ready": False, "error": _error(refused[0], refused[1], "QueryRefused")})
            return
        self.send({"ready": True})
        while True:
            try:
                message = protocol.decode(protocol.read_frame(self.cmd_fd))
            except EOFError:
                return
            if message.get("end"):
                return
            case_id = str(message["case"])
            self.send({"case": case_id, **self.answer(case_id, message["args"][0])})

    def answer(self, case_id: str, tables: Any) -> dict[str, Any]:
        try:
            rows = {str(name): sqlwire.rows_from_wire(table) for name, table in tables.items()}
            if self.con is not None:
                con, columns = self.con, sqlengine.reload(self.con, self.schema, case_id, rows, self.trusted)
            else:
                fresh, self.fresh = self.fresh, None
                con, columns = sqlengine.load(self.schema, case_id, rows, self.memory_mb, fresh, self.trusted)
        except (sqlengine.PackError, ValueError, AttributeError) as exc:
            message = f"the problem's dataset failed to load: {str(exc)[:2000]}"
            error = _error("internal_error", message, "CaseError")
            error["source"] = getattr(exc, "source", "datasets.yaml")
            return {"ok": False, "error": error}
        except MemoryError:
            return {"ok": False, "error": _error("memory_limit", "ran out of memory", "MemoryError")}
        try:
            if self.dump:
                return {"ok": True, "value": {"tables": self.read_tables(con, columns)}, "call_s": 0.0}
            outcome = sqlengine.run_query(con, self.query, self.time_s)
        finally:
            # One connection serves every dataset when the schema is only tables (the query is
            # one read-only SELECT: it leaves nothing behind but the tables, which go); a new
            # connection costs more than a small dataset.
            if self.reuse:
                self.con = con
            else:
                con.close()
        if outcome["verdict"] is not None:
            return {"ok": False, "error": _error(outcome["verdict"], str(outcome["message"])[:4000])}
        value = {
            "columns": outcome["columns"],
            "rows": sqlwire.rows_to_wire(outcome["rows"]),
            "tables": columns,
        }
        return {"ok": True, "value": value, "call_s": float(outcome["time_s"])}

    def read_tables(self, con: Any, columns: dict[str, list[str]]) -> dict[str, Any]:
        """Every table of the dataset as DuckDB stores it (the pack's sample, shown to learners)."""
        out = {}
        for name, names in columns.items():
            rows = [list(r) for r in con.execute(f'SELECT * FROM "{name}"').fetchall()]
            out[name] = {"columns": names, "rows": sqlwire.rows_to_wire(rows)}
        return out


def main(cmd_fd: int, res_fd: int) -> None:
    """Run one SQL job on this thread; returns when the judge ends the job."""
    threading.stack_size(4 * 1024 * 1024)  # the interrupt timer's thread; not the worker's 512 MB
    job = SqlJob(cmd_fd, res_fd)
    try:
        job.run()
    except BaseException as exc:  # a harness failure: report it, never hang
        try:
            job.send(
                {
                    "fatal": "".join(traceback.format_exception(exc))[-4000:],
                    "type": type(exc).__name__,
                    "code_ran": True,
                }
            )
        except Exception:
            pass
