"""Win probability when switching in the n-door Monty Hall game, as an exact fraction:
(n - 1) / (n (n - 1 - k)), rounded once to a float."""
from fractions import Fraction


def monty_hall_switch(n, k):
    # Switching wins when the first pick was a goat (n - 1 of n) and the switch lands on the
    # car among the n - 1 - k doors left closed.
    return float(Fraction(n - 1, n * (n - 1 - k)))
