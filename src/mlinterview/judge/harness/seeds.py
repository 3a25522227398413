"""Job processes forked ahead of time ("seeds"), so a job starts with no fork and no cgroup move.

Moving a process into a cgroup waits for the kernel's cgroup lock to change mode (an RCU grace
period: ~15 ms per job on a busy machine), and forking the warm worker costs a few ms more. A
seed pays both while the worker is idle: it is forked, closes every descriptor but its own
socket (so it holds no other job's uid lease or pipe), moves itself into its job's cgroup,
says ``ready``, and waits. A job then only hands it the job's pipes and settings; the seed
becomes the job's process, and nothing of the learner's runs before it sits in its group.
Standard library only (runs in the worker).
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
from collections.abc import Callable
from typing import Any

import cgroups
import isolation

_SOCK_TYPE = getattr(socket, "SOCK_SEQPACKET", socket.SOCK_DGRAM)
MAX_FDS = 8


class Seed:
    """A forked, parked process and the socket to hand it a job."""

    def __init__(self, pid: int, sock: socket.socket, group: cgroups.JobGroup | None) -> None:
        self.pid = pid
        self.sock = sock
        self.group = group
        self.is_ready = False

    @classmethod
    def spawn(
        cls, group: cgroups.JobGroup | None, run_job: Callable[[list[int], dict[str, Any]], None]
    ) -> Seed:
        ours, theirs = socket.socketpair(socket.AF_UNIX, _SOCK_TYPE)
        pid = os.fork()
        if pid == 0:
            code = 70
            try:
                ours.close()
                _park(theirs, group, run_job)
                code = 0
            finally:
                os._exit(code)
        theirs.close()
        return cls(pid, ours, group)

    def wait_ready(self, timeout_s: float) -> bool:
        """Whether the seed is in its group and waiting (False if it failed or is too slow)."""
        if not self.is_ready:
            readable, _, _ = select.select([self.sock], [], [], timeout_s)
            if readable:
                try:
                    self.is_ready = self.sock.recv(16) == b"ready"
                except OSError:
                    return False
        return self.is_ready

    def hand(self, message: dict[str, Any], fds: list[int]) -> None:
        """Give the seed its job; from here on it is the job's process."""
        try:
            socket.send_fds(self.sock, [json.dumps(message).encode()], fds)
        finally:
            self.sock.close()

    def discard(self) -> None:
        """Kill an unused seed; its parent reaps it, and releases its group afterwards."""
        self.sock.close()
        isolation.kill_quietly(self.pid, signal.SIGKILL)


def _park(sock: socket.socket, group: cgroups.JobGroup | None, run_job: Any) -> None:
    signal.set_wakeup_fd(-1)
    for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, signal.SIG_DFL)
    if isolation.IS_LINUX:
        isolation.prctl(isolation.PR_SET_PDEATHSIG, signal.SIGKILL)
    keep = sock.fileno()
    os.closerange(3, keep)
    os.closerange(keep + 1, 1 << 16)
    if group is not None:
        group.join()
    sock.send(b"ready")
    data, fds, _, _ = socket.recv_fds(sock, 1 << 16, MAX_FDS)
    sock.close()
    if not data:
        return  # the worker no longer needs this seed
    run_job(fds, json.loads(data))
