"""What a job is given and how it is given back: the worker's half of the per-job sandbox.

A job gets a uid leased machine-wide (``uids``), a job folder (``jobfs``: a capped tmpfs where
the worker has a mount namespace) and a process already parked in its memory and pids cgroup
(``seeds``, ``cgroups``). Every way a job ends gives all of it back (:meth:`release`), the uid
first, after the job's processes are gone, and with its keyrings emptied. Work that may be slow
(the leftovers of dead workers, big plain folders) runs in helper processes, never on the
worker's loop. A job that cannot get what its isolation level promises raises
:class:`JobRefused`: it is refused, never run with less. Mixed into ``Zygote`` (zygote.py).
"""

from __future__ import annotations

import os
import signal
import time
from typing import Any

import cgroups
import isolation
import jobfs
import uids
from seeds import Seed

SEEDS = 2  # job processes kept parked in their cgroups (seeds.py)
# An ended job's cgroup and folder wait for the worker to be idle this long (an unmount waits
# for an RCU grace period, ~4 ms), but never more than DEFERRED_MAX of them (each folder may
# hold up to its quota in memory).
IDLE_S = 0.005
DEFERRED_MAX = 4
OOM_POLL_S = 0.05  # how often running jobs' groups are checked for OOM kills


class JobRefused(Exception):
    """A job the worker will not run: it could not get the isolation it is owed."""


class Provisioner:
    """The per-job resources of a worker; ``Zygote`` supplies the attributes declared here."""

    iso: dict[str, Any]
    jobs: dict[int, dict[str, Any]]
    ended: list[tuple[int, int, Any]]
    uid_pool: uids.UidPool | None
    cgroup_setup: cgroups.Setup | None
    helpers: set[int]
    seeds: list[Seed]
    seed_failed: bool
    seq: int
    trash_pid: int | None
    trash_pending: bool
    deferred: list[dict[str, Any]]
    root: jobfs.SandboxRoot
    sandbox_root: str

    def _collect(self) -> None: ...

    def child(
        self, fds: list[int], job_dir: str, uid: int | None, limits: dict[str, Any], zygote_pid: int
    ) -> None: ...

    def kill_tree(self, pid: int, job: dict[str, Any]) -> None: ...

    def prepare_jobs(self) -> None:
        """The sandbox folder, the cgroup layout, and a sweep of what dead workers left."""
        self.root = jobfs.SandboxRoot(use_tmpfs="mount" in self.iso["namespaces"])
        self.sandbox_root = self.root.path
        self.iso["sandbox"] = self.root.path
        self.iso["job_folder"] = (
            "tmpfs per job (size and files capped)" if self.root.use_tmpfs else "plain folder"
        )
        if isolation.IS_LINUX:
            self.cgroup_setup, reason = cgroups.detect(f"{self.root.name}.probe")
        else:
            reason = "no cgroups on this platform"
        self.iso["cgroup"] = self.cgroup_setup.version if self.cgroup_setup else 0
        self.iso["memory_accounting"] = (
            f"whole job: {self.cgroup_setup.describe()}"
            if self.cgroup_setup
            else f"per process (RLIMIT_AS, peak of the main process): {reason}"
        )
        setup = self.cgroup_setup

        def sweep() -> None:
            jobfs.sweep()
            if setup is not None:
                cgroups.sweep(setup, jobfs.is_dead)

        self.spawn_helper(sweep)

    def spawn_helper(self, work: Any) -> int:
        """Run ``work`` in a short-lived child, so slow clean-up never holds up the loop."""
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                signal.set_wakeup_fd(-1)
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                work()
                code = 0
            finally:
                os._exit(code)
        self.helpers.add(pid)
        return pid

    # -- the loop ------------------------------------------------------------------------------

    def _launch(self, job: dict[str, Any], limits: dict[str, Any], fds: list[int]) -> int:
        """Lease a uid, make the folder, and hand the job to a seed already in its cgroup."""
        if self.iso["uid_drop"]:
            lease = self.uid_pool.lease() if self.uid_pool else None
            if lease is None:
                raise JobRefused("the judge has no free sandbox user; try again")
            job["lease"], job["uid"] = lease, lease.uid
        seed = self._take_seed()
        job["group"] = seed.group
        try:
            job["dir"] = self.root.make_job_dir(
                seed.pid, job["uid"], int(limits.get("folder_mb", 64)), int(limits.get("folder_inodes", 2048))
            )
            if seed.group is not None:
                cap_mb = int(limits["memory_mb"]) + int(limits.get("stack_mb", 128)) + 64
                seed.group.set_limits(cap_mb << 20, int(limits.get("nproc", 64)))
            seed.hand({"dir": job["dir"], "uid": job["uid"], "limits": limits}, fds)
        except BaseException:
            seed.discard()
            raise
        return seed.pid

    # -- seeds: job processes forked while the worker is idle (seeds.py) -------------------------
    def replenish(self) -> None:
        """Keep seeds parked, so a job needs neither a fork nor a cgroup move on its path.

        Two, so that back-to-back jobs overlap one seed's move with the other's job; one fork
        per call, so the loop stays responsive.
        """
        if self.wants_seed() and not self.ended:
            try:
                self.seeds.append(self._make_seed())
            except JobRefused:
                self.seed_failed = True  # tried again, and reported, when a job needs a seed

    def wants_seed(self) -> bool:
        return len(self.seeds) < SEEDS and not self.seed_failed

    def _make_seed(self) -> Seed:
        self.seq += 1
        group = None
        if self.cgroup_setup is not None:
            try:
                group = cgroups.JobGroup.create(self.cgroup_setup, f"{self.root.name}.{self.seq}")
            except OSError as exc:
                raise JobRefused(
                    f"the judge could not make the job's memory group ({exc}); try again"
                ) from None
        zygote_pid = os.getpid()

        def run_job(fds: list[int], message: dict[str, Any]) -> None:
            self.child(fds, message["dir"], message["uid"], message["limits"], zygote_pid)

        try:
            return Seed.spawn(group, run_job)
        except OSError:
            if group is not None:
                group.remove()
            raise

    def _take_seed(self) -> Seed:
        """A seed in its group: a ready one, else the oldest once ready, else a new one."""
        ready = [seed for seed in self.seeds if seed.wait_ready(0)]
        for _attempt in range(2):
            if not ready and not self.seeds:
                self.seed_failed = True
                self.seeds.append(self._make_seed())  # raises JobRefused: the job is refused
                self.seed_failed = False
            seed = ready[0] if ready else self.seeds[0]
            if seed in self.seeds:
                self.seeds.remove(seed)
            if seed.wait_ready(10.0):
                return seed
            self._drop_seed(seed)
            ready = []
        raise JobRefused("the judge could not place the job in its cgroup; try again")

    def _drop_seed(self, seed: Seed) -> None:
        seed.discard()
        try:
            os.waitpid(seed.pid, 0)
        except ChildProcessError:
            pass
        if seed.group is not None:
            seed.group.kill_all(self._collect)
            seed.group.remove()

    def release(self, job: dict[str, Any]) -> None:
        """Give back what a job held: its uid, its cgroup, its folder (each at most once)."""
        self.release_uid(job)
        folder, job["dir"] = job.get("dir"), None
        if folder is not None and self.root.drop_job_dir(folder):
            self.trash_pending = True
        group, job["group"] = job.get("group"), None
        if group is not None:  # after the folder: its tmpfs pages are charged to the group
            group.kill_all(self._collect)
            group.remove()

    def defer_release(self, job: dict[str, Any]) -> None:
        """Release an ended job's cgroup and folder later (its uid must be released already)."""
        self.deferred.append(job)
        if len(self.deferred) >= DEFERRED_MAX:
            self.flush_deferred()

    def flush_deferred(self) -> None:
        while self.deferred:
            self.release(self.deferred.pop(0))

    def release_uid(self, job: dict[str, Any]) -> None:
        """Clear the job's uid's keyrings and give the uid back (after its processes are gone)."""
        lease, job["lease"] = job.get("lease"), None
        if lease is not None:
            # Still leased and with none of its processes left: nothing can act as this uid
            # while the worker briefly takes it to empty its keyrings.
            try:
                uids.clear_keyrings_of(lease.uid)
            finally:
                lease.release()
                # A change of effective uid clears the parent-death signal: arm it again.
                isolation.prctl(isolation.PR_SET_PDEATHSIG, signal.SIGKILL)

    def tidy(self) -> None:
        """Delete moved-aside job folders (plain folders only) in one helper at a time."""
        if self.trash_pending and self.trash_pid is None:
            self.trash_pending = False
            self.trash_pid = self.spawn_helper(self.root.empty_trash)

    def expire(self) -> None:
        """Kill jobs past their wall-clock budget (a judge that stopped listening frees them
        too), and jobs the kernel has already hit at their memory cap: like cgroup v2's
        ``memory.oom.group``, one process killed for memory ends the whole job."""
        now = time.monotonic()
        for pid, job in list(self.jobs.items()):
            if job["wall_s"] and not job.get("expired") and now - job["started"] > job["wall_s"]:
                job["expired"] = True
                self.kill_tree(pid, job)
            group = job.get("group")
            if group is not None and not job.get("oom_ended") and group.oom_kills():
                job["oom_ended"] = True
                self.kill_tree(pid, job)

    def watching(self) -> bool:
        """Whether a live job has a cgroup whose OOM kills the loop must look for."""
        return any(job.get("group") is not None for job in self.jobs.values())
