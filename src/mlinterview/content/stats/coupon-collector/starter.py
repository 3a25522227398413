def expected_draws(n, k):
    """Expected number of uniform draws from n types until k distinct types have been seen.

    n, k: ints with 1 <= k <= n. Returns a float.
    """
    pass
