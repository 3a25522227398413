import math


def sample_size_per_arm(p1, p2, alpha, power):
    """Users per arm for a two-sided two-proportion z-test (pooled null variance).

    Returns an int (rounded up).
    """
    pass
