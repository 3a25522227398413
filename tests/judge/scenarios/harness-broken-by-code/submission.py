# Replaces the harness's case reader from module level: loading succeeds, then the harness
# itself raises while reading the first case. The learner must see that exception, not a
# complaint about the answer channel.
import sys


def _gone(*args, **kwargs):
    raise LookupError("the case reader is gone")


sys.modules["protocol"].decode = _gone


def solve(x):
    return 2 * x
