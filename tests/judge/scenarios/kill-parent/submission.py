# Tries to kill its parent (the warm worker) and pid 1.
import os
import signal


def solve(x):
    for pid in (os.getppid(), 1):
        try:
            os.kill(pid, signal.SIGKILL)
        except Exception:
            pass
    return -1
