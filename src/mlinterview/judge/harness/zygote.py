"""The warm worker: imports what solutions use once, then forks one sandboxed child per job.

Started by the judge as ``python -I zygote.py CONFIG_JSON``. It holds no expected answers and
no problem data: it receives a job's limits and three pipe ends (case input, results, the
learner's stdout/stderr) over its control socket, forks, and reports the child's pid and, when
the child ends, its exit status and resource usage. Every process a job leaves behind is
killed before the job is reported finished. A job whose limits name ``harness: sql`` runs a
learner's SQL (``sqlrunner.py``, DuckDB imported on the worker's first such job) instead of
``runner.py``, in the same sandbox.

As root on Linux the worker lives in its own pid, network, mount, IPC and UTS namespaces
(it is pid 1 there, so orphans come back to it), hides the data and content folders under
empty tmpfs mounts, and runs each job as its own unprivileged uid under Landlock. Elsewhere it
does what the platform allows; ``isolation`` in the ready message says what that was.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import resource
import select
import shutil
import signal
import socket
import sys
import tempfile
import time
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import isolation
import runner

del sys.path[0]

MAX_FDS = 8
# Imported before any job starts: a job may run as an unprivileged uid that cannot read the
# interpreter's folders (a pyenv under a 0700 home), so what a solution may import must already
# be in sys.modules. docs/JUDGE.md lists them.
DEFAULT_PRELOAD = [
    "abc",
    "array",
    "base64",
    "binascii",
    "bisect",
    "calendar",
    "cmath",
    "collections",
    "collections.abc",
    "contextlib",
    "copy",
    "csv",
    "dataclasses",
    "datetime",
    "decimal",
    "difflib",
    "enum",
    "fnmatch",
    "fractions",
    "functools",
    "glob",
    "graphlib",
    "hashlib",
    "heapq",
    "io",
    "itertools",
    "json",
    "math",
    "numbers",
    "operator",
    "pprint",
    "queue",
    "random",
    "re",
    "reprlib",
    "secrets",
    "statistics",
    "string",
    "struct",
    "textwrap",
    "threading",
    "time",
    "types",
    "typing",
    "unicodedata",
    "uuid",
    "weakref",
    "zlib",
    "sortedcontainers",
    "numpy",
    "numpy.linalg",
    "numpy.random",
    "numpy.fft",
    "numpy.polynomial",
    "numpy.ma",
    "numpy.lib.stride_tricks",
]


class Worker:
    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        self.sock = socket.socket(fileno=config["control_fd"])
        self.is_root = os.geteuid() == 0 and isolation.IS_LINUX
        self.iso: dict[str, Any] = {
            "platform": sys.platform,
            "root": self.is_root,
            "namespaces": [],
            "hidden": [],
            "landlock_abi": 0,
            "uid_drop": False,
        }
        self.jobs: dict[int, dict[str, Any]] = {}
        self.ended: list[tuple[int, int, Any]] = []
        self.free_uids: list[int] = []
        self.can_scan = isolation.IS_LINUX and _proc_is_ours()
        self.read_paths: list[str] = []
        self.sql_read_paths: list[str] = []

    # -- start-up ------------------------------------------------------------------------------
    def isolate(self) -> None:
        if isolation.IS_LINUX:
            isolation.prctl(isolation.PR_SET_PDEATHSIG, signal.SIGKILL)
        if self.config.get("isolation") == "off" or not isolation.IS_LINUX:
            return
        namespaces = isolation.enter_namespaces(self.is_root)
        self.iso["namespaces"] = namespaces
        if "pid" in namespaces:
            self._become_pid_one()
        else:
            try:
                isolation.prctl(isolation.PR_SET_CHILD_SUBREAPER, 1)
            except OSError:
                pass
        if "mount" in namespaces:
            try:
                self.iso["hidden"] = isolation.private_mounts(self.config.get("hide", []))
            except OSError as exc:
                self.iso["mount_error"] = str(exc)
        self.iso["landlock_abi"] = isolation.landlock_abi()
        # /proc must show this namespace's pids before any pid read from it is signalled.
        self.can_scan = _proc_is_ours()
        if self.is_root:
            base, count = self.config.get("uid_base", 61000), self.config.get("uid_count", 64)
            self.free_uids = list(range(base, base + count))
            self.iso["uid_drop"] = True

    def _become_pid_one(self) -> None:
        """Fork once so the worker is pid 1 of its new pid namespace; the parent just waits."""
        pid = os.fork()
        if pid:
            self.sock.close()
            signal.signal(signal.SIGTERM, lambda *_: os.kill(pid, signal.SIGKILL))
            while True:
                try:
                    _, status = os.waitpid(pid, 0)
                    os._exit(os.waitstatus_to_exitcode(status) & 0xFF)
                except InterruptedError:
                    continue
                except ChildProcessError:
                    os._exit(1)
        isolation.prctl(isolation.PR_SET_PDEATHSIG, signal.SIGKILL)

    def preload(self) -> None:
        for name in self.config.get("preload", DEFAULT_PRELOAD):
            try:
                importlib.import_module(name)
            except ImportError:
                continue
        numpy = sys.modules.get("numpy")
        paths = {os.path.dirname(os.__file__), os.path.dirname(json.__file__)}
        dynload = os.path.dirname(getattr(select, "__file__", "") or "")
        if dynload:
            paths.add(dynload)
        if numpy is not None:
            # Fault in the code paths a first call would otherwise pay for, in every child.
            a = numpy.arange(16.0).reshape(4, 4)
            (a @ a.T).sum()
            numpy.linalg.inv(a + numpy.eye(4) * 10)
            numpy.random.default_rng(0).standard_normal(8).argsort()
            numpy_dir = os.path.dirname(str(numpy.__file__))
            paths.add(numpy_dir)
            libs = numpy_dir.rstrip("/") + ".libs"
            if os.path.isdir(libs):
                paths.add(libs)
        paths.update(
            [
                "/usr/lib",
                "/usr/lib64",
                "/lib",
                "/lib64",
                "/usr/share/zoneinfo",
                "/etc/localtime",
                "/dev/null",
                "/dev/zero",
                "/dev/urandom",
            ]
        )
        self.read_paths = sorted(p for p in paths if os.path.exists(p))
        self.sandbox_root = tempfile.mkdtemp(prefix="mli-sandbox-")
        os.chmod(self.sandbox_root, 0o711)

    # -- the loop ------------------------------------------------------------------------------
    def serve(self) -> None:
        # Everything imported so far is shared with every child: keep the collector from
        # touching (and so copying) those pages after each fork.
        gc.collect()
        gc.freeze()
        wake_r, wake_w = os.pipe()
        os.set_blocking(wake_w, False)
        signal.set_wakeup_fd(wake_w)
        signal.signal(signal.SIGCHLD, lambda *_: None)
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        self.send(
            {"op": "ready", "isolation": self.iso, "baseline_rss_kb": _kb(baseline), "pid": os.getpid()}
        )
        try:
            while True:
                readable, _, _ = select.select([self.sock.fileno(), wake_r], [], [], 1.0)
                if wake_r in readable:
                    os.read(wake_r, 4096)
                if self.sock.fileno() in readable and not self.handle_message():
                    return
                self.reap()
        finally:
            for pid in list(self.jobs):
                isolation.kill_quietly(pid, signal.SIGKILL)
            shutil.rmtree(self.sandbox_root, ignore_errors=True)

    def send(self, message: dict[str, Any]) -> None:
        self.sock.sendall(json.dumps(message).encode())

    def handle_message(self) -> bool:
        try:
            data, fds, _, _ = socket.recv_fds(self.sock, 1 << 16, MAX_FDS)
        except OSError:
            return False
        if not data:
            return False
        message = json.loads(data)
        op = message.get("op")
        if op == "run":
            try:
                self.start(message, fds)
            except OSError as exc:  # fork or the job folder failed: the job ends at once
                self.send(
                    {
                        "op": "exit",
                        "job": message["job"],
                        "status": None,
                        "maxrss_kb": 0,
                        "cpu_s": 0.0,
                        "error": f"could not start the job: {exc}",
                    }
                )
            finally:
                for fd in fds:
                    os.close(fd)
        elif op == "kill":
            for pid, job in self.jobs.items():
                if job["id"] == message["job"]:
                    self.kill_tree(pid, job)
        elif op == "stats":
            self.send({"op": "stats", "live_jobs": len(self.jobs), "stray": self.stray_processes()})
        elif op == "quit":
            return False
        return True

    # -- SQL jobs (harness "sql"): DuckDB is imported on the first one, not at start-up --------
    def sql_harness(self) -> Any:
        """The SQL child's module, imported (and DuckDB warmed up) once, before any fork."""
        module = sys.modules.get("sqlrunner")
        if module is not None:
            return module
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        try:
            module = importlib.import_module("sqlrunner")
            con = sys.modules["sqlengine"].sandbox(16)  # DuckDB's lazy parts; closed before any fork
            try:
                con.execute(
                    "SELECT DATE '2024-01-01', 1.5::DECIMAL(5, 2), [1], {'a': 1}, INTERVAL 1 DAY, "
                    "uuid(), 'x'::BLOB, TIME '10:00', TIMESTAMPTZ '2024-01-01 10:00+00', MAP {'k': 1}"
                ).fetchall()
            finally:
                con.close()
        except Exception as exc:  # the job ends at once with this reason
            sys.modules.pop("sqlrunner", None)
            raise OSError(f"the SQL engine is not available: {exc}") from None
        finally:
            del sys.path[0]
        # DuckDB reads its cgroup's CPU and memory limits at connect and fails if it cannot.
        # Learner SQL itself reads no files (external access is off); the rule is made in the
        # child, so /proc/self is the job's own process.
        duckdb_dir = os.path.dirname(str(sys.modules["duckdb"].__file__))
        wanted = [
            duckdb_dir,
            "/proc/self/cgroup",
            "/sys/fs/cgroup",
            "/sys/devices/system/cpu",
            "/proc/sys/vm/overcommit_memory",
        ]
        self.sql_read_paths = [p for p in wanted if os.path.exists(p)]
        return module

    def start(self, message: dict[str, Any], fds: list[int]) -> None:
        limits = message["limits"]
        harness = self.sql_harness() if limits.get("harness") == "sql" else runner
        uid = self.free_uids.pop(0) if self.free_uids else None
        job_dir = tempfile.mkdtemp(prefix="job-", dir=self.sandbox_root)
        if uid is not None:
            os.chown(job_dir, uid, uid)
        os.chmod(job_dir, 0o700)
        zygote_pid = os.getpid()
        pid = os.fork()
        if pid == 0:
            code = 70
            try:
                self.child(fds, job_dir, uid, limits, zygote_pid, harness)
                code = 0
            finally:
                os._exit(code)
        self.jobs[pid] = {"id": message["job"], "uid": uid, "dir": job_dir, "started": time.monotonic()}
        self.send({"op": "started", "job": message["job"], "pid": pid})

    def child(
        self,
        fds: list[int],
        job_dir: str,
        uid: int | None,
        limits: dict[str, Any],
        zygote_pid: int,
        harness: Any = runner,
    ) -> None:
        import fcntl

        signal.set_wakeup_fd(-1)
        for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, signal.SIG_DFL)
        os.setsid()
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 100) for fd in fds]
        devnull = os.open("/dev/null", os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(high[2], 1)
        os.dup2(high[2], 2)
        os.dup2(high[0], 3)
        os.dup2(high[1], 4)
        os.closerange(5, 1 << 16)
        os.chdir(job_dir)
        # Stack pages count as address space once used: deep recursion gets this much on top.
        stack_mb = int(limits.get("stack_mb", 128))
        vm = isolation.virtual_memory_bytes()
        if vm:
            isolation.set_limit(
                resource.RLIMIT_AS, vm + (stack_mb + int(limits["memory_mb"]) + 64) * 1024 * 1024
            )
        isolation.set_limit(resource.RLIMIT_CPU, int(limits["cpu_s"]))
        isolation.set_limit(resource.RLIMIT_FSIZE, int(limits.get("fsize_mb", 16)) * 1024 * 1024)
        isolation.set_limit(resource.RLIMIT_NOFILE, int(limits.get("nofile", 64)))
        isolation.set_limit(resource.RLIMIT_CORE, 0)
        if uid is not None:
            isolation.drop_privileges(uid, uid)
        if uid is not None or not self.is_root:
            isolation.set_limit(resource.RLIMIT_NPROC, int(limits.get("nproc", 64)))
        if isolation.IS_LINUX:
            isolation.prctl(isolation.PR_SET_PDEATHSIG, signal.SIGKILL)
            if os.getppid() != zygote_pid:
                os._exit(71)
            if self.iso["landlock_abi"]:
                reads = self.read_paths + (self.sql_read_paths if harness is not runner else [])
                isolation.landlock_restrict(self.iso["landlock_abi"], reads, [job_dir, "/dev/null"])
        os.environ.clear()
        os.environ.update(
            {
                "PATH": "/usr/bin:/bin",
                "HOME": job_dir,
                "TMPDIR": job_dir,
                "LANG": "C.UTF-8",
                "OPENBLAS_NUM_THREADS": "1",
                "OMP_NUM_THREADS": "1",
            }
        )
        tempfile.tempdir = job_dir
        sys.stdout = open(1, "w", encoding="utf-8", errors="backslashreplace", closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)
        harness.main(3, 4)
        sys.stdout.flush()
        sys.stderr.flush()

    # -- ending jobs ---------------------------------------------------------------------------
    def _collect(self) -> None:
        """Reap every child that has ended; a job's exit is queued for :meth:`reap`."""
        while True:
            try:
                pid, status, usage = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            if pid in self.jobs:
                self.ended.append((pid, status, usage))

    def reap(self) -> None:
        self._collect()
        while self.ended:
            pid, status, usage = self.ended.pop(0)
            job = self.jobs.pop(pid)
            self.kill_tree(pid, job)
            shutil.rmtree(job["dir"], ignore_errors=True)
            if job["uid"] is not None:
                self.free_uids.append(job["uid"])
            self.send(
                {
                    "op": "exit",
                    "job": job["id"],
                    "status": os.waitstatus_to_exitcode(status),
                    "maxrss_kb": _kb(usage.ru_maxrss),
                    "cpu_s": usage.ru_utime + usage.ru_stime,
                }
            )

    def kill_tree(self, pid: int, job: dict[str, Any]) -> None:
        """Kill the job's process and everything it started, escaped session or not."""
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
        isolation.kill_quietly(pid, signal.SIGKILL)
        if not self.can_scan:
            return
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline:
            if job["uid"] is not None:
                victims = isolation.processes_of_uid(job["uid"])
            else:
                victims = [
                    p for p in isolation.processes_with_parent(os.getpid()) if p not in self.jobs and p != pid
                ]
            if not victims:
                return
            for victim in victims:
                isolation.kill_quietly(victim, signal.SIGKILL)
            self._collect()
            time.sleep(0.0005)

    def stray_processes(self) -> int:
        live = set(self.jobs)
        if not self.can_scan:
            return 0
        if "pid" in self.iso["namespaces"]:
            others = [p for p, _, _ in isolation._processes() if p != os.getpid() and p not in live]
            return len(others)
        return len([p for p in isolation.processes_with_parent(os.getpid()) if p not in live])


def _proc_is_ours() -> bool:
    try:
        return os.readlink("/proc/self") == str(os.getpid())
    except OSError:
        return False


def _kb(maxrss: int) -> int:
    return maxrss // 1024 if sys.platform == "darwin" else maxrss


STACK_BYTES = 512 * 1024 * 1024


def _ensure_big_stack() -> None:
    """Re-exec once with a 512 MB stack limit, so deep recursion works on the main thread.

    The kernel places memory mappings below the stack at exec time according to this limit,
    so it has to be set before the interpreter starts, not in the child.
    """
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    if soft == resource.RLIM_INFINITY or soft >= STACK_BYTES:
        return
    if hard != resource.RLIM_INFINITY and hard < STACK_BYTES:
        return
    resource.setrlimit(resource.RLIMIT_STACK, (STACK_BYTES, hard))
    os.execv(sys.executable, [sys.executable, "-I", os.path.abspath(__file__), *sys.argv[1:]])


def main() -> None:
    _ensure_big_stack()
    config = json.loads(sys.argv[1])
    worker = Worker(config)
    worker.isolate()
    worker.preload()
    worker.serve()


if __name__ == "__main__":
    main()
