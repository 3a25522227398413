import math


def chi_squared_2x2(table, yates):
    """Pearson chi-squared test of independence on a 2x2 table, optional Yates correction.

    table: [[a, b], [c, d]] counts. Returns [statistic, p_value].
    """
    pass
