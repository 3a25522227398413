def bpe_encode(merges, words):
    """Split each word into BPE tokens using the learned merges (earliest merge first).

    merges: list of [left, right] in learning order; words: list of str.
    Returns one list of token strings per word.
    """
    pass
