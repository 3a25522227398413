"""A memory and pids cgroup per job, so a job's memory is counted and capped as a whole.

``RLIMIT_AS`` caps one process; forked children, memfds, SysV shared memory and tmpfs pages
escape it. A memory cgroup charges every page the job's processes fault in, whoever holds it.

Two layouts: cgroup v2 (one hierarchy, ``/sys/fs/cgroup/cgroup.controllers`` exists) and v1
(the ``memory`` and ``pids`` controllers mounted apart). Job groups are made only beneath the
group this process runs in (read from ``/proc/self/cgroup``), are named ``<instance>.<job>``
after the worker's sandbox folder, and are removed when the job ends, after its processes are
killed. :func:`detect` probes once by creating and removing a group, so ``mli doctor`` says
what is in force, and a worker that found cgroups working refuses a job whose group cannot be
made rather than run it unaccounted. Standard library only (runs in the worker).
"""

from __future__ import annotations

import errno
import os
import signal
import time
from collections.abc import Callable

V2_ROOT = "/sys/fs/cgroup"
PREFIX = "mli-sandbox-"


class Setup:
    """Where job groups go: one parent folder per hierarchy, and which layout it is."""

    def __init__(self, version: int, parents: list[str]) -> None:
        self.version = version
        self.parents = parents

    def describe(self) -> str:
        kind = "cgroup v2" if self.version == 2 else "cgroup v1 memory + pids"
        return f"{kind} (groups beneath {', '.join(self.parents)})"


def _own_groups() -> dict[str, str]:
    """Controller name (``""`` for v2) → this process's group path in that hierarchy."""
    groups: dict[str, str] = {}
    with open("/proc/self/cgroup") as fh:
        for line in fh:
            parts = line.rstrip("\n").split(":", 2)
            if len(parts) != 3:
                continue
            for controller in parts[1].split(",") if parts[1] else [""]:
                groups[controller] = parts[2]
    return groups


def _v1_mounts() -> dict[str, str]:
    """v1 controller → (mount point, root of the mount) from ``/proc/self/mountinfo``."""
    mounts: dict[str, str] = {}
    with open("/proc/self/mountinfo") as fh:
        for line in fh:
            before, _, after = line.partition(" - ")
            fields, tail = before.split(), after.split()
            if len(tail) < 3 or tail[0] != "cgroup" or len(fields) < 5:
                continue
            for option in tail[2].split(","):
                if option in ("memory", "pids"):
                    mounts[option] = fields[4] if fields[3] == "/" else ""
    return mounts


def _write(path: str, value: str) -> None:
    with open(path, "w") as fh:
        fh.write(value)


def _read(path: str) -> str:
    with open(path) as fh:
        return fh.read()


def _locate() -> tuple[Setup | None, str]:
    own = _own_groups()
    if os.path.exists(os.path.join(V2_ROOT, "cgroup.controllers")) and "" in own:
        parent = os.path.normpath(V2_ROOT + own[""])
        enabled = _read(os.path.join(parent, "cgroup.subtree_control")).split()
        missing = [c for c in ("memory", "pids") if c not in enabled]
        if missing:
            try:  # only possible where the judge's group holds no process of its own
                _write(os.path.join(parent, "cgroup.subtree_control"), " ".join(f"+{c}" for c in missing))
            except OSError as exc:
                return None, (
                    f"cgroup v2: the judge's group {parent} does not delegate {', '.join(missing)} "
                    f"to sub-groups ({exc.strerror}); run the judge in a delegated cgroup"
                )
        return Setup(2, [parent]), ""
    mounts = _v1_mounts()
    if "memory" in mounts and "pids" in mounts and "memory" in own and "pids" in own:
        if not mounts["memory"] or not mounts["pids"]:
            return None, "cgroup v1: the memory or pids hierarchy is mounted from a sub-group"
        parents = [os.path.normpath(mounts[c] + own[c]) for c in ("memory", "pids")]
        return Setup(1, parents), ""
    return None, "no cgroup memory and pids controllers on this machine"


def detect(probe_name: str) -> tuple[Setup | None, str]:
    """Find where job groups go and prove it works; ``(None, reason)`` when it does not."""
    try:
        setup, reason = _locate()
    except OSError as exc:
        return None, f"cgroups unreadable: {exc}"
    if setup is None:
        return None, reason
    try:
        group = JobGroup.create(setup, probe_name)
    except OSError as exc:
        return None, f"{setup.describe()}: cannot create a job group ({exc.strerror or exc})"
    try:
        group.set_limits(64 * 1024 * 1024, 8)
    except OSError as exc:
        return None, f"{setup.describe()}: cannot set a job group's limits ({exc.strerror or exc})"
    finally:
        group.remove()
    return setup, ""


class JobGroup:
    """One job's group in each hierarchy: its limits, its processes, its peak and OOM kills."""

    def __init__(self, setup: Setup, name: str) -> None:
        self.setup = setup
        self.name = name
        self.dirs = [os.path.join(parent, name) for parent in setup.parents]

    @classmethod
    def create(cls, setup: Setup, name: str) -> JobGroup:
        """Make the group, without limits yet (its one process is the judge's own, parked)."""
        group = cls(setup, name)
        made = []
        try:
            for path in group.dirs:
                os.mkdir(path, 0o755)
                made.append(path)
        except OSError:
            for path in made:
                _rmdir_quietly(path)
            raise
        return group

    def set_limits(self, memory_bytes: int, pids_max: int) -> None:
        """Cap the group's memory (and swap, so nothing is pushed there) and its task count."""
        if self.setup.version == 2:
            path = self.dirs[0]
            _write(os.path.join(path, "memory.max"), str(memory_bytes))
            _write(os.path.join(path, "pids.max"), str(pids_max))
            for name, value in (("memory.swap.max", "0"), ("memory.oom.group", "1")):
                if os.path.exists(os.path.join(path, name)):
                    _write(os.path.join(path, name), value)
            return
        memory, pids = self.dirs
        # memory first: memory + swap may never be set below it. Set once, on a fresh group.
        _write(os.path.join(memory, "memory.limit_in_bytes"), str(memory_bytes))
        swap = os.path.join(memory, "memory.memsw.limit_in_bytes")
        if os.path.exists(swap):
            _write(swap, str(memory_bytes))
        _write(os.path.join(pids, "pids.max"), str(pids_max))

    def add(self, pid: int) -> None:
        """Place ``pid`` (in this process's pid namespace) in every hierarchy of the group."""
        for path in self.dirs:
            _write(os.path.join(path, "cgroup.procs"), str(pid))

    def join(self) -> None:
        """Move the calling process into the group (before it runs anything of a job's)."""
        self.add(0)

    def pids(self) -> set[int]:
        found: set[int] = set()
        for path in self.dirs:
            try:
                found.update(int(p) for p in _read(os.path.join(path, "cgroup.procs")).split())
            except OSError:
                continue
        found.discard(0)
        return found

    def peak_bytes(self) -> int:
        memory = self.dirs[0]
        names = (
            ("memory.peak", "memory.current") if self.setup.version == 2 else ("memory.max_usage_in_bytes",)
        )
        for name in names:
            try:
                return int(_read(os.path.join(memory, name)).split()[0])
            except (OSError, ValueError, IndexError):
                continue
        return 0

    def oom_kills(self) -> int:
        name = "memory.events" if self.setup.version == 2 else "memory.oom_control"
        try:
            lines = _read(os.path.join(self.dirs[0], name)).splitlines()
        except OSError:
            return 0
        counts = dict(line.split() for line in lines if len(line.split()) == 2)
        return int(counts.get("oom_kill", 0))

    def kill_all(self, reap: Callable[[], None], timeout_s: float = 2.0) -> bool:
        """SIGKILL every process in the group until none is left; False if some outlived it."""
        deadline = time.monotonic() + timeout_s
        while True:
            victims = self.pids()
            if not victims:
                return True
            if time.monotonic() > deadline:
                return False
            for pid in victims:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            reap()
            time.sleep(0.0005)

    def remove(self, timeout_s: float = 1.0) -> bool:
        """Remove the group (after its processes are gone); False if the kernel kept it busy."""
        deadline = time.monotonic() + timeout_s
        left = list(self.dirs)
        while left:
            left = [path for path in left if not _rmdir_quietly(path)]
            if not left or time.monotonic() > deadline:
                break
            time.sleep(0.002)
        return not left


def _rmdir_quietly(path: str) -> bool:
    try:
        os.rmdir(path)
    except OSError as exc:
        return exc.errno == errno.ENOENT
    return True


def sweep(setup: Setup, is_dead: Callable[[str], bool]) -> list[str]:
    """Remove groups a dead worker left beneath our parents; returns the names removed."""
    removed: list[str] = []
    for parent in setup.parents:
        try:
            names = os.listdir(parent)
        except OSError:
            continue
        for name in names:
            instance = name.rpartition(".")[0]
            if not name.startswith(PREFIX) or not instance or not is_dead(instance):
                continue
            if os.path.isdir(os.path.join(parent, name)) and _rmdir_quietly(os.path.join(parent, name)):
                removed.append(name)
    return removed
