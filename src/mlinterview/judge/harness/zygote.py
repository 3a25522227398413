"""The warm worker: imports what solutions use once, then runs each job in a sandboxed child.

Started by the judge as ``python -I zygote.py CONFIG_JSON``. It holds no expected answers and
no problem data: it receives a job's limits and three pipe ends (case input, results, the
learner's stdout/stderr) over its control socket, hands them to a child forked ahead of time
(``seeds``), and reports the child's pid and, when
the child ends, its exit status and resource usage. Every process a job leaves behind is
killed before the job is reported finished. A job whose limits name ``harness: sql`` runs a
learner's SQL (``sqlrunner.py``, DuckDB imported on the worker's first such job) instead of
``runner.py``, in the same sandbox.

As root on Linux the worker lives in its own pid, network, mount, IPC and UTS namespaces
(it is pid 1 there, so orphans come back to it), hides the data and content folders under
empty tmpfs mounts, and runs each job as its own unprivileged uid under Landlock. Elsewhere it
does what the platform allows; ``isolation`` in the ready message says what that was.

Around each job (``provision``): a uid leased machine-wide, a memory and pids cgroup, a capped
tmpfs job folder and an IPC namespace of its own. Every way a job ends releases them; a job
that cannot get them is refused, never run with less. The worker also kills a job that
outlives its wall-clock budget, whatever the judge does.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import resource
import select
import signal
import socket
import sys
import tempfile
import time
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cgroups
import isolation
import runner
import seeds
import uids
from provision import IDLE_S, OOM_POLL_S, JobRefused, Provisioner

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


class Zygote(Provisioner):
    """This warm worker process (the judge's handle on it is ``judge/pool.py``'s ``Worker``)."""

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
        self.uid_pool: uids.UidPool | None = None
        self.cgroup_setup: cgroups.Setup | None = None
        self.helpers: set[int] = set()
        self.trash_pid: int | None = None
        self.seeds: list[seeds.Seed] = []
        self.seed_failed = False  # the last seed could not be made: wait for a job to try again
        self.deferred: list[dict[str, Any]] = []  # ended jobs whose group and folder wait
        self.trash_pending = False
        self.seq = 0
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
            base, count = self.config.get("uid_base", 61000), self.config.get("uid_count", 2048)
            self.uid_pool = uids.UidPool(base, count)
            self.iso["uid_drop"] = True
            self.iso["uid_range"] = [base, base + count - 1]
            self.iso["uid_leases"] = self.uid_pool.error or f"machine-wide ({self.uid_pool.lease_dir})"
            self.iso["keyrings"] = "cleared around each job" if uids.keyrings_supported() else "not cleared"
        self.iso["ipc_per_job"] = "ipc" in namespaces

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
        paths.update(self._warm_libraries())
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

    def _warm_libraries(self) -> set[str]:
        """For the libraries worker kind: run the first-call paths of PyTorch, scikit-learn and
        pandas once here, so no child pays for them, and return the folders their lazily
        imported modules and shared libraries are read from (the children's Landlock rule)."""
        paths: set[str] = set()
        torch = sys.modules.get("torch")
        if torch is not None:
            torch.set_num_threads(1)  # one thread: no pool threads exist when a child forks
            torch.manual_seed(0)
            layer = torch.nn.Linear(4, 2)
            loss = torch.nn.functional.cross_entropy(layer(torch.randn(3, 4)), torch.tensor([0, 1, 0]))
            loss.backward()
            torch.optim.SGD(layer.parameters(), lr=0.1).step()
            with torch.no_grad():
                layer(torch.zeros(1, 4)).softmax(-1)
        pandas = sys.modules.get("pandas")
        if pandas is not None:
            frame = pandas.DataFrame({"k": ["a", "b", "a"], "v": [1.0, 2.0, 3.0]})
            frame.groupby("k")["v"].transform("sum")
            frame.merge(frame, on="k", validate="many_to_many").pivot_table(index="k", values="v_x")
            pandas.to_datetime(["2024-01-01"])
        for name in ("torch", "sklearn", "pandas", "scipy"):
            module = sys.modules.get(name)
            if module is None or not getattr(module, "__file__", None):
                continue
            # The whole site-packages folder: these libraries import dependencies lazily
            # (joblib, threadpoolctl, dateutil, tzdata...) from beside themselves.
            paths.add(os.path.dirname(os.path.dirname(str(module.__file__))))
        return paths

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
            self.replenish()
            while True:
                # Clean-up and new seeds wait until nothing has happened for IDLE_S.
                idle_s = IDLE_S if self.deferred or self.wants_seed() else 1.0
                if self.watching():
                    idle_s = min(idle_s, OOM_POLL_S)
                readable, _, _ = select.select([self.sock.fileno(), wake_r], [], [], idle_s)
                if not readable:
                    self.flush_deferred()
                    self.replenish()
                if wake_r in readable:
                    os.read(wake_r, 4096)
                if self.sock.fileno() in readable and not self.handle_message():
                    return
                self.reap()
                self.expire()
                self.tidy()
        finally:
            self.shutdown()

    def shutdown(self) -> None:
        """End every job and remove everything this worker made, before it exits."""
        while self.seeds:
            self._drop_seed(self.seeds.pop())
        for pid, job in list(self.jobs.items()):
            isolation.kill_quietly(pid, signal.SIGKILL)
            self.kill_tree(pid, job)
            self.release(job)
        self.jobs.clear()
        self.flush_deferred()
        deadline = time.monotonic() + 2.0
        while self.helpers and time.monotonic() < deadline:
            self._collect()
            time.sleep(0.005)
        self.root.close()

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
            except (OSError, JobRefused) as exc:  # the job ends at once, and never ran
                reason = str(exc) if isinstance(exc, JobRefused) else f"could not start the job: {exc}"
                self.send(
                    {
                        "op": "exit",
                        "job": message["job"],
                        "status": None,
                        "maxrss_kb": 0,
                        "cpu_s": 0.0,
                        "error": reason,
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
            self.flush_deferred()  # what is reported is what stays
            parked = [seed.group.name for seed in self.seeds if seed.group is not None]
            self.send(
                {
                    "op": "stats",
                    "live_jobs": len(self.jobs),
                    "stray": self.stray_processes(),
                    "parked": parked,
                }
            )
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
        job: dict[str, Any] = {
            "id": message["job"],
            "uid": None,
            "lease": None,
            "dir": None,
            "group": None,
            "started": time.monotonic(),
            "wall_s": float(limits.get("wall_s") or 0),
        }
        if limits.get("harness") == "sql":
            self.sql_harness()  # DuckDB imported once, in the worker: seeds forked after it share it
        try:
            pid = self._launch(job, limits, fds)
        except BaseException:
            self.release(job)
            raise
        self.jobs[pid] = job
        self.send({"op": "started", "job": message["job"], "pid": pid})
        # The used seed is replaced at once: it forks and moves into its group while this job
        # runs, so the next job (even right after this one) finds a seed ready.
        if self.wants_seed():
            self.replenish()

    def child(
        self,
        fds: list[int],
        job_dir: str,
        uid: int | None,
        limits: dict[str, Any],
        zygote_pid: int,
    ) -> None:
        """The job's process (a seed, already in the job's cgroup): lock down, then run."""
        import fcntl

        # Chosen while still root and before Landlock: a seed forked before the worker's first
        # SQL job imports DuckDB itself.
        harness = self.sql_harness() if limits.get("harness") == "sql" else runner

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
        if self.iso.get("ipc_per_job"):
            isolation.unshare(isolation.CLONE_NEWIPC)  # SysV objects die with the job
        if self.iso["uid_drop"] and uid is None:
            os._exit(72)  # never run learner code as root
        if uid is not None:
            isolation.drop_privileges(uid, uid)
            uids.clear_user_keyrings()
            uids.new_session_keyring()
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
            self.helpers.discard(pid)
            if pid == self.trash_pid:
                self.trash_pid = None
            for seed in [s for s in self.seeds if s.pid == pid]:  # a seed died before its job
                self.seeds.remove(seed)
                seed.sock.close()
                if seed.group is not None:
                    seed.group.remove()

    def reap(self) -> None:
        self._collect()
        while self.ended:
            pid, status, usage = self.ended.pop(0)
            job = self.jobs.pop(pid)
            report = {
                "op": "exit",
                "job": job["id"],
                "status": os.waitstatus_to_exitcode(status),
                "maxrss_kb": _kb(usage.ru_maxrss),
                "cpu_s": usage.ru_utime + usage.ru_stime,
            }
            try:
                self.kill_tree(pid, job)
                group = job["group"]
                if group is not None:
                    report["memory_peak_kb"] = group.peak_bytes() // 1024
                    report["oom_kills"] = group.oom_kills()
                if job.get("expired"):
                    report["error"] = "the job outlived its wall-clock budget and was killed"
                self.release_uid(job)
            except BaseException:
                self.release(job)
                raise
            self.send(report)
            # Nothing of the job runs any more: its group and folder go when the worker is idle.
            self.defer_release(job)

    def kill_tree(self, pid: int, job: dict[str, Any]) -> None:
        """Kill the job's process and everything it started, escaped session or not."""
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
        isolation.kill_quietly(pid, signal.SIGKILL)
        if job.get("group") is not None:
            job["group"].kill_all(self._collect)
        if not self.can_scan:
            return
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline:
            if job["uid"] is not None:
                victims = isolation.processes_of_uid(job["uid"])
            else:
                spared = self.helpers | {seed.pid for seed in self.seeds}
                victims = [
                    p
                    for p in isolation.processes_with_parent(os.getpid())
                    if p not in self.jobs and p != pid and p not in spared
                ]
            if not victims:
                return
            for victim in victims:
                isolation.kill_quietly(victim, signal.SIGKILL)
            self._collect()
            time.sleep(0.0005)

    def stray_processes(self) -> int:
        live = set(self.jobs) | self.helpers | {seed.pid for seed in self.seeds}
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
    zygote = Zygote(config)
    zygote.isolate()
    zygote.preload()
    zygote.prepare_jobs()
    zygote.serve()


if __name__ == "__main__":
    main()
