def expected_last_finish(rates):
    """Expected maximum of independent exponential times with the given rates.

    Returns a float.
    """
    pass
