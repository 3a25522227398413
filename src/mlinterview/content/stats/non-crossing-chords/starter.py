def non_crossing_probability(n):
    """Probability that n chords with independent uniform endpoints on a circle never cross.

    n: number of chords (int >= 1). Returns a float.
    """
    pass
