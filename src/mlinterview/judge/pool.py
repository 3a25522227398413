"""Warm workers, seen from the judge: start them, hand them jobs, hear how jobs ended.

A :class:`Worker` is the judge's handle on one ``zygote.py`` process (class ``Zygote`` there).
The judge talks to it over a Unix socket of JSON messages and passes each job's three pipe
ends along with the request; the job's own traffic then flows on those pipes, straight
between the judge and the sandboxed child. A :class:`WorkerPool` keeps a few workers warm
and restarts one that died.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mlinterview.errors import JudgeUnavailable

ZYGOTE = Path(__file__).parent / "harness" / "zygote.py"
START_TIMEOUT_S = 60.0
_SOCK_TYPE = getattr(socket, "SOCK_SEQPACKET", socket.SOCK_DGRAM)


@dataclass
class PoolSettings:
    size: int = 1
    isolation: str = "auto"  # auto | off
    hide: list[str] = field(default_factory=list)  # folders the sandbox must not see
    uid_base: int = 61000  # sandbox uids, leased machine-wide (harness/uids.py)
    uid_count: int = 2048
    extra_env: dict[str, str] = field(default_factory=dict)  # e.g. OPENBLAS_CORETYPE
    preload: list[str] | None = None  # modules the worker imports before forking (None: its default)


# Worker kinds, one per executor (judge/executors): what a kind's warm workers have imported
# before any job forks from them. The default kind imports the standard library and NumPy
# (zygote.DEFAULT_PRELOAD); "libs" also imports PyTorch, scikit-learn and pandas, which cost
# seconds to import but nothing to fork. A kind's workers start the first time a job needs them.
LIBS_PRELOAD = [
    "torch",
    "torch.nn",
    "torch.nn.functional",
    "torch.optim",
    "torch.optim.lr_scheduler",
    "torch.utils.data",
    "torch.autograd",
    "scipy.stats",
    "sklearn",
    "sklearn.base",
    "sklearn.pipeline",
    "sklearn.compose",
    "sklearn.preprocessing",
    "sklearn.impute",
    "sklearn.model_selection",
    "sklearn.linear_model",
    "sklearn.tree",
    "sklearn.ensemble",
    "sklearn.neighbors",
    "sklearn.metrics",
    "sklearn.calibration",
    "sklearn.inspection",
    "sklearn.utils.estimator_checks",
    "sklearn.utils.validation",
    "pandas",
]
# "sql" has the default preload: the worker imports DuckDB on its first SQL job (harness/zygote.py),
# so the judge's process never does and the Python workers' children never carry it.
KINDS: dict[str, list[str] | None] = {"python": None, "sql": None, "libs": LIBS_PRELOAD}
LIBS_PACKAGES = ("torch", "sklearn", "pandas")  # what the libs kind needs installed


@dataclass
class JobHandle:
    id: int
    worker: Worker
    pid: int = 0
    ended: threading.Event = field(default_factory=threading.Event)
    exit: dict[str, Any] = field(default_factory=dict)

    def kill(self) -> None:
        self.worker.send({"op": "kill", "job": self.id})

    def wait_exit(self, timeout_s: float = 10.0) -> dict[str, Any]:
        if not self.ended.wait(timeout_s):
            raise JudgeUnavailable("the worker did not report the end of a job")
        return self.exit


class Worker:
    def __init__(self, settings: PoolSettings, index: int = 0, kind: str = "python") -> None:
        self.settings = settings
        self.index = index
        self.kind = kind
        self._lock = threading.Lock()
        self._jobs: dict[int, JobHandle] = {}
        self._next_id = 1
        self._ready = threading.Event()
        self._stats: list[dict[str, Any]] = []
        self._stats_event = threading.Event()
        self.info: dict[str, Any] = {}
        self.alive = False
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, _SOCK_TYPE)
        self.sock = ours
        config = {
            "control_fd": theirs.fileno(),
            "isolation": self.settings.isolation,
            "hide": self.settings.hide,
            "uid_base": self.settings.uid_base,
            "uid_count": self.settings.uid_count,
        }
        if self.settings.preload is not None:
            config["preload"] = self.settings.preload
        env = {
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "OPENBLAS_NUM_THREADS": "1",
            "OMP_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
            **self.settings.extra_env,
        }
        self._stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, "-I", str(ZYGOTE), json.dumps(config)],
            pass_fds=[theirs.fileno()],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
            cwd="/",
        )
        theirs.close()
        self.alive = True
        self._reader = threading.Thread(
            target=self._read_loop, name=f"judge-worker-{self.index}", daemon=True
        )
        self._reader.start()
        if not self._ready.wait(START_TIMEOUT_S) or not self.alive:
            self.close()
            raise JudgeUnavailable(f"the judge's worker did not start: {self._stderr_text()}")

    def _stderr_text(self) -> str:
        try:
            self._stderr.seek(0)
            return self._stderr.read().decode(errors="replace")[-2000:] or "(no message)"
        except (OSError, ValueError):
            return "(no message)"

    def _read_loop(self) -> None:
        try:
            self._read_messages()
        finally:  # however the loop ends, every waiting job hears that the worker is gone
            self._worker_gone()

    def _read_messages(self) -> None:
        while True:
            try:
                data = self.sock.recv(1 << 16)
            except OSError:
                data = b""
            if not data:
                break
            message = json.loads(data)
            op = message.get("op")
            if op == "ready":
                self.info = message
                self._ready.set()
            elif op in ("started", "exit"):
                with self._lock:
                    job = self._jobs.get(message["job"])
                if job is None:
                    continue
                if op == "started":
                    job.pid = message["pid"]
                else:
                    job.exit = message
                    with self._lock:
                        self._jobs.pop(job.id, None)
                    job.ended.set()
            elif op == "stats":
                self._stats.append(message)
                self._stats_event.set()

    def _worker_gone(self) -> None:
        self.alive = False
        self._ready.set()
        with self._lock:
            pending = list(self._jobs.values())
            self._jobs.clear()
        for job in pending:
            job.exit = {"op": "exit", "status": None, "worker_died": True, "maxrss_kb": 0, "cpu_s": 0.0}
            job.ended.set()

    def send(self, message: dict[str, Any], fds: list[int] | None = None) -> None:
        data = json.dumps(message).encode()
        with self._lock:
            try:
                if fds:
                    socket.send_fds(self.sock, [data], fds)
                else:
                    self.sock.sendall(data)
            except OSError as exc:
                raise JudgeUnavailable(f"the judge's worker is gone: {exc}") from None

    def start_job(self, limits: dict[str, Any], fds: list[int]) -> JobHandle:
        with self._lock:
            job = JobHandle(self._next_id, self)
            self._next_id += 1
            self._jobs[job.id] = job
        # No waiting for "started": the job's pipes are already in the worker's hands, and a job
        # that could not start ends at once (its exit message carries the reason).
        self.send({"op": "run", "job": job.id, "limits": limits}, fds)
        return job

    @property
    def load(self) -> int:
        return len(self._jobs)

    @property
    def baseline_rss_kb(self) -> int:
        return int(self.info.get("baseline_rss_kb", 0))

    @property
    def isolation(self) -> dict[str, Any]:
        return dict(self.info.get("isolation", {}))

    def stray_processes(self) -> int:
        """Processes left in the worker's sandbox beyond its live jobs (0 when clean)."""
        return int(self.stats()["stray"])

    def stats(self) -> dict[str, Any]:
        """The worker's live jobs, stray processes and the cgroups of its parked job processes."""
        self._stats_event.clear()
        self.send({"op": "stats"})
        if not self._stats_event.wait(5.0):
            raise JudgeUnavailable("the worker did not answer")
        return self._stats.pop()

    def close(self) -> None:
        if self.proc is None:
            return
        try:
            self.sock.sendall(b'{"op": "quit"}')
        except OSError:
            pass
        try:  # shutdown first: the reader thread's recv would keep a closed socket open
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()
        # Closing the socket asks the worker to end its jobs and remove its folders and
        # cgroups; a signal now would cut that clean-up short.
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._stderr.close()
        self.alive = False
        self.proc = None


class WorkerPool:
    """A few warm workers per kind (``KINDS``); jobs go to the least busy one of their kind."""

    def __init__(self, settings: PoolSettings | None = None) -> None:
        self.settings = settings or PoolSettings()
        self._kinds: dict[str, list[Worker]] = {}
        self._lock = threading.Lock()
        # Workers are started from one thread that lives as long as the pool: a worker dies with
        # the thread that started it (its parent-death signal follows that thread), and the
        # thread asking first may be short-lived (a request of the web app or the judge
        # service, a thread of `mli validate`).
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="judge-spawner")

    def _start(self, worker: Worker) -> Worker:
        self._spawner.submit(worker.start).result()
        return worker

    def _settings(self, kind: str) -> PoolSettings:
        if kind == "python":
            return self.settings
        # Heavier kinds keep one worker: their baseline memory is large and they serve one track.
        return replace(self.settings, size=1, preload=KINDS[kind])

    def worker(self, kind: str = "python") -> Worker:
        if kind not in KINDS:
            raise ValueError(f"unknown worker kind {kind!r} (known: {', '.join(KINDS)})")
        with self._lock:
            workers = self._kinds.setdefault(kind, [])
            settings = self._settings(kind)
            if not workers:
                for index in range(max(1, settings.size)):
                    workers.append(self._start(Worker(settings, index, kind)))
            for i, worker in enumerate(workers):
                if not worker.alive:
                    worker.close()
                    workers[i] = self._start(Worker(settings, i, kind))
            return min(workers, key=lambda w: w.load)

    @property
    def workers(self) -> list[Worker]:
        """Every running worker, of every kind."""
        return [w for kind in self._kinds.values() for w in kind]

    def kinds(self) -> dict[str, int]:
        """How many workers of each kind are running."""
        return {kind: len(workers) for kind, workers in self._kinds.items() if workers}

    def close(self) -> None:
        with self._lock:
            for workers in self._kinds.values():
                for worker in workers:
                    worker.close()
            self._kinds.clear()
        # Its idle thread goes; a pool used again after closing gets a new one.
        self._spawner.shutdown(wait=False)
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="judge-spawner")

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
