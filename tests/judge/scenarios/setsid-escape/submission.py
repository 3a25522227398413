# A child that leaves the process group and keeps running: it must be killed after the job.
import os
import time


def solve(x):
    if x == 1 and os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            time.sleep(30)
        os._exit(0)
    return 2 * x
