"""Sandbox uids leased machine-wide, and the per-uid kernel state cleared around each job.

A job runs as a uid nobody else on the machine holds at that moment: the worker takes one by
holding an exclusive ``flock`` on ``/run/mlinterview-uids/<uid>.lock`` for the job's life. Every
judge instance (the web server, a CLI submit, another user's copy) leases from the same files,
so two live jobs never share a uid, its ``RLIMIT_NPROC`` count or its keyrings; a dead
instance's leases vanish with its open files. The folder is made root-only (0700) and refused
if anyone else could have planted files in it. An empty pool gives no uid: the caller refuses
the job (it never runs as root).

Kernel keyrings outlive processes and belong to a uid, so the job's user keyrings are cleared
before its code runs and again after it ends, and each job gets a fresh session keyring.
Standard library only (runs in the worker).
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import platform
import random
import stat

LEASE_DIR = "/run/mlinterview-uids"

# keyctl(2) has no wrapper in Python; its number per architecture.
_SYS_KEYCTL = {"x86_64": 250, "aarch64": 219, "arm64": 219, "riscv64": 219, "i686": 288, "armv7l": 311}
_KEYCTL_GET_KEYRING_ID = 0
_KEYCTL_JOIN_SESSION_KEYRING = 1
_KEYCTL_CLEAR = 7
_KEY_SPEC_USER_KEYRING = -4
_KEY_SPEC_USER_SESSION_KEYRING = -5


class Lease:
    """One uid, held until :meth:`release` (or until this process dies)."""

    def __init__(self, uid: int, fd: int) -> None:
        self.uid = uid
        self.fd = fd

    def release(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


class UidPool:
    """``count`` uids from ``base``, shared by every judge instance on the machine."""

    def __init__(self, base: int, count: int, lease_dir: str = LEASE_DIR) -> None:
        self.base = base
        self.count = max(1, count)
        self.lease_dir = lease_dir
        self.error = _prepare(lease_dir)
        # Instances start at different places, so they rarely try the same file first.
        self._cursor = random.randrange(self.count)

    def lease(self) -> Lease | None:
        """A free uid, or None when every uid of the range is held by a live job."""
        if self.error:
            return None
        for step in range(self.count):
            offset = (self._cursor + step) % self.count
            uid = self.base + offset
            path = os.path.join(self.lease_dir, f"{uid}.lock")
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                continue
            self._cursor = (offset + 1) % self.count
            return Lease(uid, fd)
        return None


def _prepare(path: str) -> str:
    """Make the lease folder root-only; a reason string when it cannot be trusted."""
    try:
        os.makedirs(path, mode=0o700, exist_ok=True)
        info = os.lstat(path)
    except OSError as exc:
        return f"cannot use {path}: {exc.strerror}"
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid() or info.st_mode & 0o077:
        return f"{path} is not a folder only this user can write"
    return ""


def is_held(uid: int, lease_dir: str = LEASE_DIR) -> bool:
    """Whether some live job on the machine holds ``uid`` (for tests and diagnostics)."""
    try:
        fd = os.open(os.path.join(lease_dir, f"{uid}.lock"), os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


_libc = None


def _keyctl(*args: int) -> int:
    global _libc
    number = _SYS_KEYCTL.get(platform.machine())
    if number is None:
        return -1
    if _libc is None:  # the interpreter's own symbols: no ldconfig run in a sandboxed child
        _libc = ctypes.CDLL(None, use_errno=True)
    return int(_libc.syscall(number, *(ctypes.c_long(a) for a in args)))


def keyrings_supported() -> bool:
    """Whether keyrings can be cleared here (loads the system call binding before any fork)."""
    if platform.machine() not in _SYS_KEYCTL:
        return False
    _keyctl(_KEYCTL_GET_KEYRING_ID, _KEY_SPEC_USER_KEYRING, 0)  # only asks: creates nothing
    return True


def clear_user_keyrings() -> None:
    """Empty the calling uid's user and user-session keyrings, where they exist.

    Asked without ``create``, so a uid that never stored a key gets no keyring made for it.
    """
    for ring in (_KEY_SPEC_USER_KEYRING, _KEY_SPEC_USER_SESSION_KEYRING):
        serial = _keyctl(_KEYCTL_GET_KEYRING_ID, ring, 0)
        if serial > 0:
            _keyctl(_KEYCTL_CLEAR, serial)


def clear_keyrings_of(uid: int) -> None:
    """As root, empty ``uid``'s user keyrings without a fork.

    The caller becomes ``uid`` (real and effective; the saved uid stays 0 to come back) for a few
    system calls. Call it only while holding the uid's lease with none of its processes alive,
    so that nothing running as ``uid`` can act on the caller meanwhile. The kernel clears the
    caller's parent-death signal on the way: the caller sets it again.
    """
    os.setresuid(uid, uid, 0)
    try:
        clear_user_keyrings()
    finally:
        os.setresuid(0, 0, 0)


def new_session_keyring() -> None:
    """Give the calling process a fresh, anonymous session keyring (gone with the job)."""
    _keyctl(_KEYCTL_JOIN_SESSION_KEYRING, 0)
