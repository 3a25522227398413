def monty_hall_switch(n, k):
    """Probability of winning by switching to a random closed door after the host opens k goats.

    n: doors (>= 3); k: goat doors the host opens (1 <= k <= n - 2). Returns a float.
    """
    pass
