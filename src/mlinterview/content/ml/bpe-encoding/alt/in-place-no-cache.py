"""BPE encoding word by word with no memo of repeated words: scan the adjacent pairs for the
best-ranked one, then merge its occurrences in place in the token list."""


def encode_word(word, rank):
    tokens = list(word)
    while True:
        best_rank, best = None, None
        for i in range(len(tokens) - 1):
            r = rank.get((tokens[i], tokens[i + 1]))
            if r is not None and (best_rank is None or r < best_rank):
                best_rank, best = r, (tokens[i], tokens[i + 1])
        if best is None:
            return tokens
        i = 0
        while i < len(tokens) - 1:
            if tokens[i] == best[0] and tokens[i + 1] == best[1]:
                tokens[i] = tokens[i] + tokens[i + 1]
                del tokens[i + 1]
            i += 1


def bpe_encode(merges, words):
    rank = {}
    for i, (left, right) in enumerate(merges):
        rank[left, right] = i
    return [encode_word(w, rank) for w in words]
