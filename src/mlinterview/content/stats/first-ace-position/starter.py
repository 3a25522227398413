def first_special_position(N, K):
    """Mean and variance of the 1-based position of the first of K special cards in a shuffled
    deck of N cards.

    Returns [mean, variance] as floats.
    """
    pass
