"""One submission's run, from the judge's side: send code and cases, time and read answers.

The judge owns the clock: a case's time runs from the start of the write that completes its
input to the moment its answer frame arrives, and a case that runs past its limit gets its whole process
tree killed. Answers are size-capped frames decoded into plain data; the learner's printed
output is drained alongside, capped, and attributed to the case it was printed in.
"""

from __future__ import annotations

import os
import secrets
import select
import time
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from typing import Any

from mlinterview.judge.harness import protocol
from mlinterview.judge.pool import JobHandle, Worker

# -- bounds on what comes back (docs/JUDGE.md "Answer caps"); checked before any decoding or
# checking, so an answer over a cap costs the host no more than the cap.
MAX_ANSWER_BYTES = (
    40 * 1024 * 1024
)  # one answer frame (two 2000x1000 float arrays fit), refused from its header
MAX_JOB_ANSWER_BYTES = 64 * 1024 * 1024  # all answer frames of one job together
ANSWER_CAPS = protocol.Caps(max_items=1_000_000, max_depth=100)  # per answer


@dataclass
class Limits:
    time_s: float = 2.0  # wall clock per case
    memory_mb: int = 256
    output_kb: int = 1024  # everything the learner prints, all cases together
    nproc: int = 64
    fsize_mb: int = 16
    nofile: int = 64
    stack_mb: int = 128  # recursion depth on top of memory_mb
    folder_mb: int = 64  # the job folder's size quota (a tmpfs where the worker can mount one)
    folder_inodes: int = 2048  # ... and its file count
    harness: str = "python"  # the child's side: harness/runner.py, or "sql" for harness/sqlrunner.py

    def for_worker(self, cases: int) -> dict[str, Any]:
        cpu_s = int(self.time_s * max(cases, 1) + 3)
        return {
            "harness": self.harness,
            "memory_mb": self.memory_mb,
            "cpu_s": cpu_s,
            "nproc": self.nproc,
            "fsize_mb": self.fsize_mb,
            "nofile": self.nofile,
            "stack_mb": self.stack_mb,
            "folder_mb": self.folder_mb,
            "folder_inodes": self.folder_inodes,
            # The worker kills a job past this, even if the judge never asks it to.
            "wall_s": 2 * cpu_s + 30,
        }


@dataclass
class Outcome:
    """What happened to one message sent to the child."""

    status: str  # ok | error | timeout | died | output_limit | protocol
    message: dict[str, Any] = field(default_factory=dict)
    time_s: float = 0.0
    stdout: str = ""
    # The answer was waiting when the judge looked after the deadline: this process, not the
    # child, was late (another thread held the interpreter), so the child's own clock decides.
    late: bool = False


class Execution:
    def __init__(self, worker: Worker, limits: Limits, cases: int) -> None:
        self.limits = limits
        self.worker = worker
        cmd_r, self.cmd_w = os.pipe()
        self.res_r, res_w = os.pipe()
        self.out_r, out_w = os.pipe()
        try:
            self.job: JobHandle = worker.start_job(limits.for_worker(cases), [cmd_r, res_w, out_w])
        finally:
            for fd in (cmd_r, res_w, out_w):
                os.close(fd)
        for fd in (self.cmd_w, self.res_r, self.out_r):
            os.set_blocking(fd, False)
        self.reader = protocol.FrameReader(MAX_ANSWER_BYTES)
        self.answer_bytes = 0
        self.output_total = 0
        self.output_cap = limits.output_kb * 1024
        self.finished = False
        self.exit: dict[str, Any] = {}
        # The child writes this after each answer's output, so prints are split per case even
        # though cases are pipelined. Forging it only mislabels the learner's own output.
        self.marker = secrets.token_hex(8)
        self._marker_bytes = f"\x1e{self.marker}\x1e".encode()
        self._carry = bytearray()

    def request(self, message: dict[str, Any], timeout_s: float) -> Outcome:
        """Send one message and wait for its answer, at most ``timeout_s`` after sending."""
        return next(self.exchange([message], timeout_s))

    def exchange(
        self,
        messages: Sequence[dict[str, Any] | bytes],
        timeout_s: float,
        first_timeout_s: float | None = None,
    ) -> Generator[Outcome, None, None]:
        """Send all ``messages`` (pipelined) and yield one outcome per answer, in order.

        Message i's clock starts when it is fully written and the answer to message i-1 has
        arrived, so a case's time is the child's time on that case alone — provided the caller
        does not pause between answers (drain the iterator first, then inspect). A failure
        outcome (time-out, death, output flood, garbled channel) ends the job and the iteration.
        A message may be given already encoded (a frame body). ``first_timeout_s`` gives the
        first message (the code to load) its own deadline.
        """
        bodies = [m if isinstance(m, bytes) else protocol.encode(m) for m in messages]
        ends = []
        total = 0
        for body in bodies:
            total += 4 + len(body)
            ends.append(total)
        pending = memoryview(b"".join(len(b).to_bytes(4, "big") + b for b in bodies))
        offset = 0
        written_at: list[float] = []
        printed = self._carry
        index = 0
        last_answer = time.monotonic()
        first = timeout_s if first_timeout_s is None else first_timeout_s
        write_deadline = last_answer + first + timeout_s * len(messages) + 5.0
        while index < len(messages):
            now = time.monotonic()
            if len(written_at) > index:
                started = max(written_at[index], last_answer)
                deadline = started + (first if index == 0 else timeout_s)
            else:
                started, deadline = now, write_deadline
            late = now >= deadline
            if late and not _ready(self.res_r):
                yield self._stop(Outcome("timeout", time_s=now - started, stdout=_text(printed)))
                return
            wanted_w = [self.cmd_w] if offset < len(pending) else []
            try:
                readable, writable, _ = select.select(
                    [self.res_r, self.out_r], wanted_w, [], 0 if late else deadline - now
                )
            except InterruptedError:
                continue
            if writable:
                # Stamped before the write: the child may start (and finish) a message before
                # this process runs again, and its clock must not miss that time.
                stamp = time.monotonic()
                try:
                    offset += os.write(self.cmd_w, pending[offset:])
                except BlockingIOError:
                    pass
                except BrokenPipeError:
                    yield self._died(printed, started)
                    return
                while len(written_at) < len(ends) and ends[len(written_at)] <= offset:
                    written_at.append(stamp)
            if self.out_r in readable and not self._drain_output(printed):
                yield self._stop(Outcome("output_limit", stdout=_text(printed)))
                return
            if self.res_r not in readable:
                continue
            try:
                chunk = os.read(self.res_r, 1 << 20)
            except BlockingIOError:
                continue
            if not chunk:
                if late:  # no answer by the deadline, and the child is gone since (its CPU limit)
                    yield self._stop(Outcome("timeout", time_s=now - started, stdout=_text(printed)))
                else:
                    yield self._died(printed, started)
                return
            try:
                frames = self.reader.feed(chunk)
            except protocol.FrameTooLarge:
                cap = f"{MAX_ANSWER_BYTES // 2**20} MB"
                message = f"your answer is larger than {cap} (the cap for one answer)"
                yield self._stop(Outcome("output_limit", {"message": message}, stdout=_text(printed)))
                return
            for frame in frames:
                arrived = time.monotonic()
                started = max(written_at[index], last_answer) if len(written_at) > index else arrived
                if not self._drain_output(printed):
                    yield self._stop(Outcome("output_limit", stdout=_text(printed)))
                    return
                self.answer_bytes += len(frame)
                if self.answer_bytes > MAX_JOB_ANSWER_BYTES:
                    cap = f"{MAX_JOB_ANSWER_BYTES // 2**20} MB"
                    message = f"your answers came to more than {cap} in all (the cap per submission)"
                    yield self._stop(Outcome("output_limit", {"message": message}, arrived - started))
                    return
                try:
                    answer = protocol.decode(frame, ANSWER_CAPS)
                except protocol.AnswerTooLarge as exc:
                    yield self._stop(
                        Outcome("output_limit", {"message": f"{exc} (the cap)"}, arrived - started)
                    )
                    return
                except protocol.ProtocolError as exc:
                    yield self._stop(Outcome("protocol", {"message": str(exc)}, arrived - started))
                    return
                if not isinstance(answer, dict) or index >= len(messages):
                    yield self._stop(
                        Outcome("protocol", {"message": "unexpected data on the answer channel"})
                    )
                    return
                cut = printed.find(self._marker_bytes)
                if cut >= 0:
                    case_output = bytes(printed[:cut])
                    del printed[: cut + len(self._marker_bytes)]
                    self.output_total -= len(self._marker_bytes)
                else:
                    case_output = bytes(printed)
                    printed.clear()
                yield Outcome("ok", answer, arrived - started, _text(case_output), late=late)
                last_answer = arrived
                index += 1
                if self.finished:
                    return
            if index >= len(messages) and (frames and self.reader.pending):
                yield self._stop(Outcome("protocol", {"message": "unexpected data on the answer channel"}))
                return

    def _drain_output(self, printed: bytearray) -> bool:
        while True:
            try:
                chunk = os.read(self.out_r, 1 << 16)
            except BlockingIOError:
                return True
            if not chunk:
                return True
            self.output_total += len(chunk)
            room = self.output_cap - (self.output_total - len(chunk))
            if room > 0:
                printed += chunk[:room]
            if self.output_total > self.output_cap:
                return False

    def _died(self, printed: bytearray, started: float) -> Outcome:
        elapsed = time.monotonic() - started
        self._drain_output(printed)
        self.finish(kill=False)
        return Outcome("died", time_s=elapsed, stdout=_text(printed))

    def _stop(self, outcome: Outcome) -> Outcome:
        self.finish(kill=True)
        return outcome

    def finish(self, kill: bool = False) -> dict[str, Any]:
        """End the job (politely, or by killing it) and return how it exited."""
        if self.finished:
            return self.exit
        self.finished = True
        if kill:
            self.job.kill()
        else:
            try:
                os.set_blocking(self.cmd_w, True)
                protocol.write_frame(self.cmd_w, protocol.encode({"end": True}))
            except OSError:
                pass
        try:
            self.exit = self.job.wait_exit(10.0 if not kill else 5.0)
        except Exception:
            self.job.kill()
            self.exit = self.job.wait_exit(5.0)
        finally:
            for fd in (self.cmd_w, self.res_r, self.out_r):
                try:
                    os.close(fd)
                except OSError:
                    pass
        return self.exit

    @property
    def memory_mb(self) -> float:
        """The job's peak: its whole cgroup where the worker has one, else the main process's."""
        if "memory_peak_kb" in self.exit:
            return int(self.exit["memory_peak_kb"]) / 1024
        used_kb = int(self.exit.get("maxrss_kb") or 0) - self.worker.baseline_rss_kb
        return max(used_kb, 0) / 1024

    @property
    def out_of_memory(self) -> bool:
        """The kernel killed a process of the job for going over the job's memory cap."""
        return int(self.exit.get("oom_kills") or 0) > 0


def _ready(fd: int) -> bool:
    """Whether ``fd`` has data to read now."""
    try:
        return bool(select.select([fd], [], [], 0)[0])
    except InterruptedError:
        return False


def _text(data: bytes | bytearray) -> str:
    return bytes(data).decode("utf-8", errors="replace")
