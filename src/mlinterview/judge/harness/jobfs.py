"""Job folders: one capped tmpfs per job, and nothing left in the temporary folder.

A worker keeps its job folders in one sandbox folder, ``mli-sandbox-*`` in the temporary
folder, which holds ``owner.lock`` under an exclusive ``flock`` for the worker's life. Where the
worker has a mount namespace (root, or a user namespace), each job folder is a tmpfs mounted
there with ``size=`` and ``nr_inodes=``: a job cannot fill the disk, its pages count in its
memory cgroup, the host never sees its files, and removing it is an instant unmount however
much it holds. Elsewhere it is a plain folder, moved aside at the end and deleted by a helper
process, never on the worker's loop.

A worker killed with ``kill -9`` (or whose judge was) leaves at most its sandbox folder; the
next worker to start removes every sandbox folder whose ``owner.lock`` nobody holds, with the
cgroups named after it. Standard library only (runs in the worker).
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import stat
import tempfile

import isolation

PREFIX = "mli-sandbox-"
LOCK = "owner.lock"
TRASH = ".trash-"
MNT_DETACH = 2


class SandboxRoot:
    """This worker's sandbox folder, locked for as long as the worker lives."""

    def __init__(self, use_tmpfs: bool) -> None:
        self.path = tempfile.mkdtemp(prefix=PREFIX)
        os.chmod(self.path, 0o711)
        self.lock_fd = os.open(os.path.join(self.path, LOCK), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        fcntl.flock(self.lock_fd, fcntl.LOCK_EX)
        self.name = os.path.basename(self.path)
        self.use_tmpfs = use_tmpfs and _tmpfs_works(self.path)
        self._trash = 0

    def make_job_dir(self, job: int, uid: int | None, size_mb: int, inodes: int) -> str:
        path = os.path.join(self.path, f"job-{job}")
        os.mkdir(path, 0o700)
        try:
            if self.use_tmpfs:
                owner = f",uid={uid},gid={uid}" if uid is not None else ""
                options = f"size={size_mb}m,nr_inodes={inodes},mode=0700{owner}"
                isolation.mount("tmpfs", path, "tmpfs", isolation.MS_NOSUID | isolation.MS_NODEV, options)
            elif uid is not None:
                os.chown(path, uid, uid)
        except OSError:
            os.rmdir(path)
            raise
        return path

    def drop_job_dir(self, path: str) -> bool:
        """Remove a job folder at once (an unmount, or an empty folder), else move it aside.

        True when something was moved aside for :meth:`empty_trash`, off the worker's loop.
        """
        if self.use_tmpfs:
            try:
                isolation.umount(path, MNT_DETACH)
            except OSError:
                pass
        try:
            os.rmdir(path)
            return False
        except OSError:
            pass
        self._trash += 1
        try:
            os.rename(path, os.path.join(self.path, f"{TRASH}{self._trash}"))
        except OSError:
            return False  # left for close()
        return True

    def empty_trash(self) -> None:
        for name in os.listdir(self.path):
            if name.startswith(TRASH):
                shutil.rmtree(os.path.join(self.path, name), ignore_errors=True)

    def close(self) -> None:
        for name in os.listdir(self.path):
            if name.startswith("job-") and self.use_tmpfs:
                try:
                    isolation.umount(os.path.join(self.path, name), MNT_DETACH)
                except OSError:
                    pass
        shutil.rmtree(self.path, ignore_errors=True)
        os.close(self.lock_fd)


def _tmpfs_works(root: str) -> bool:
    probe = os.path.join(root, "probe")
    os.mkdir(probe, 0o700)
    try:
        isolation.mount(
            "tmpfs", probe, "tmpfs", isolation.MS_NOSUID | isolation.MS_NODEV, "size=1m,nr_inodes=16"
        )
    except OSError:
        os.rmdir(probe)
        return False
    isolation.umount(probe, MNT_DETACH)
    os.rmdir(probe)
    return True


def is_dead(name: str, tmpdir: str | None = None) -> bool:
    """Whether the worker that made sandbox folder ``name`` is gone (nobody holds its lock)."""
    path = os.path.join(tmpdir or tempfile.gettempdir(), name)
    try:
        fd = os.open(os.path.join(path, LOCK), os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    except FileNotFoundError:
        # No folder: its worker is gone. A folder without a lock is one being made (or one of
        # a version without locks): never touched.
        return not os.path.lexists(path)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        return exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN)
    finally:
        os.close(fd)
    return True


def sweep(tmpdir: str | None = None) -> list[str]:
    """Delete the sandbox folders of dead workers owned by this user; returns their names."""
    tmpdir = tmpdir or tempfile.gettempdir()
    removed: list[str] = []
    try:
        names = os.listdir(tmpdir)
    except OSError:
        return removed
    for name in names:
        if not name.startswith(PREFIX):
            continue
        path = os.path.join(tmpdir, name)
        try:
            info = os.lstat(path)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid():
            continue
        if is_dead(name, tmpdir):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(name)
    return removed
