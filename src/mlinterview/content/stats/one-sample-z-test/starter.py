import math

import numpy as np


def z_test(x, mu0, sigma, alternative):
    """One-sample z-test with known sigma.

    alternative: "two-sided", "greater" or "less". Returns [z, p_value].
    """
    pass
