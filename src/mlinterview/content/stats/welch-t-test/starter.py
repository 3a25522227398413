import math

import numpy as np


def welch_t_test(a, b):
    """Welch's unequal-variance two-sample t-test, two-sided.

    Returns [t, df, p_value].
    """
    pass
