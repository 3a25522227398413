def bpe_train(word_freqs, num_merges):
    """Learn up to num_merges BPE merges from {word: frequency}.

    Returns the merges in the order they were learned, as a list of [left, right] pairs.
    """
    pass
