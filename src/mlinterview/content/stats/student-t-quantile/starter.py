import math


def t_quantile(p, df):
    """The p-quantile of Student's t distribution with df (real, >= 1) degrees of freedom.

    Returns a float.
    """
    pass
