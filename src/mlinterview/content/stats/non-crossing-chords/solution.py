import math


def non_crossing_probability(n):
    # Only the circular order of the 2n endpoints matters, and it is uniformly random. So the
    # chords induce a uniformly random perfect matching of 2n points on a circle; there are
    # (2n - 1)!! = (2n)! / (2^n n!) matchings.
    # The non-crossing matchings are counted by the Catalan number C_n = (2n)! / (n! (n+1)!).
    # Ratio: C_n / (2n - 1)!! = 2^n / (n + 1)!.
    # Python integers are exact and int / int rounds once, so nothing overflows or underflows
    # for n <= 100 (the value is about 1e-130 there).
    return 2 ** n / math.factorial(n + 1)
