# Wrong: each pair of chords crosses with probability 1/3, but the pair events are not
# independent; multiplying (2/3) over all C(n, 2) pairs is only right for n <= 2.
import math


def non_crossing_probability(n):
    return (2.0 / 3.0) ** math.comb(n, 2)
