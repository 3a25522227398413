"""The child side of one SQL submission: check the learner's query, then run it on each dataset.

Runs inside a sandboxed process forked from a warm worker, exactly like a Python submission
(same uid, limits, namespaces and wall-clock kill); the worker has DuckDB imported already. The
first message holds the schema, the query and the limits; the child refuses anything but one
read-only SELECT before any dataset exists. Each later message is one dataset: the child loads
it into a fresh locked connection, runs the query under DuckDB's own interrupt timer, fetches
within ``sqlengine``'s caps and answers with the result as tagged JSON (``sqlwire``). It never
sees expected results: the judge compares in its own process.
"""

from __future__ import annotations

import threading
import traceback
from typing import Any

import protocol
import sqlengine
import sqlwire


class SqlJob:
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
        sqlengine.neutral_folder()
        # The connection that parses the query (parsing runs nothing) serves the first dataset.
        self.fresh: Any = sqlengine.sandbox(self.memory_mb)
        refused = sqlengine.check_text(self.query, self.fresh)
        if refused is not None:
            self.send({"ready": False, "refused": {"verdict": refused[0], "message": refused[1]}})
            return
        self.send({"ready": True})
        while True:
            try:
                message = protocol.decode(protocol.read_frame(self.cmd_fd))
            except EOFError:
                return
            if message.get("end"):
                return
            self.send(self.answer(str(message["case"]), message["tables"]))

    def answer(self, case_id: str, tables: Any) -> dict[str, Any]:
        try:
            rows = {str(name): sqlwire.rows_from_wire(table) for name, table in tables.items()}
            fresh, self.fresh = self.fresh, None
            con, columns = sqlengine.load(self.schema, case_id, rows, self.memory_mb, fresh)
        except (sqlengine.PackError, ValueError, AttributeError) as exc:
            return {"case": case_id, "ok": False, "verdict": "internal_error", "message": str(exc)[:2000]}
        except MemoryError:
            return {"case": case_id, "ok": False, "verdict": "memory_limit", "message": "ran out of memory"}
        try:
            outcome = sqlengine.run_query(con, self.query, self.time_s)
        finally:
            con.close()
        time_s = float(outcome["time_s"])
        if outcome["verdict"] is not None:
            return {
                "case": case_id,
                "ok": False,
                "verdict": outcome["verdict"],
                "message": str(outcome["message"])[:4000],
                "time_s": time_s,
            }
        return {
            "case": case_id,
            "ok": True,
            "columns": outcome["columns"],
            "rows": sqlwire.rows_to_wire(outcome["rows"]),
            "time_s": time_s,
            "tables": columns,
        }


def main(cmd_fd: int, res_fd: int) -> None:
    """Run one SQL job on this thread; returns when the judge ends the job."""
    threading.stack_size(4 * 1024 * 1024)  # the interrupt timer's thread; not the worker's 512 MB
    job = SqlJob(cmd_fd, res_fd)
    try:
        job.run()
    except MemoryError:
        try:
            job.send({"fatal": "memory_limit"})
        except Exception:
            pass
    except BaseException as exc:  # a harness failure: report it, never hang
        try:
            job.send({"fatal": "".join(traceback.format_exception(exc))[-4000:]})
        except Exception:
            pass
