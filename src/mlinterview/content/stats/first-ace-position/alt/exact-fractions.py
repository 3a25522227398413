"""Position of the first of K special cards in a shuffled deck of N, from the closed forms
E[X] = (N + 1) / (K + 1) and Var[X] = K (N + 1) (N - K) / ((K + 1)^2 (K + 2)), evaluated in
exact rational arithmetic and rounded once."""
from fractions import Fraction


def first_special_position(N, K):
    mean = Fraction(N + 1, K + 1)
    var = Fraction(K * (N + 1) * (N - K), (K + 1) ** 2 * (K + 2))
    return [float(mean), float(var)]
