"""Pearson's chi-squared for a 2x2 table from the closed form
N (|ad - bc| - correction)^2 / (r1 r2 c1 c2), with ad - bc in exact integer arithmetic."""
import math
from fractions import Fraction


def chi_squared_2x2(table, yates):
    (a, b), (c, d) = ((int(v) for v in row) for row in table)
    n = a + b + c + d
    cross = abs(a * d - b * c)                       # exact: Python integers do not overflow
    # |observed - expected| is the same in all four cells, |ad - bc| / N; Yates takes N/2 off
    # the cross product (0.5 off each cell), never below zero.
    gap = max(Fraction(cross) - (Fraction(n, 2) if yates else 0), Fraction(0))
    margins = (a + b) * (c + d) * (a + c) * (b + d)
    stat = float(n * gap * gap / margins)
    # chi-squared with one degree of freedom is Z^2: P(chi2 >= s) = P(|Z| >= sqrt(s)).
    return [stat, math.erfc(math.sqrt(stat / 2.0))]
