from collections import Counter


def _merge_word(tokens, pair, merged):
    # Replace every occurrence of `pair`, scanning left to right without overlaps: in
    # (a, a, a) the pair (a, a) merges once, into (aa, a).
    out, i = [], 0
    while i < len(tokens):
        if i + 1 < len(tokens) and tokens[i] == pair[0] and tokens[i + 1] == pair[1]:
            out.append(merged)
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return tuple(out)


def bpe_train(word_freqs, num_merges):
    # Each distinct word starts as a sequence of single characters; merges never cross words.
    words = {tuple(word): freq for word, freq in word_freqs.items()}
    merges = []
    for _ in range(num_merges):
        # Count adjacent pairs, weighted by the word's frequency (overlaps counted: "aaa" has
        # two (a, a) pairs).
        pairs = Counter()
        for tokens, freq in words.items():
            for a, b in zip(tokens, tokens[1:]):
                pairs[a, b] += freq
        if not pairs:
            break  # every word is a single token: nothing left to merge
        # Highest count wins; among equal counts, the lexicographically smallest (a, b).
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merged = best[0] + best[1]
        words = {_merge_word(tokens, best, merged): freq for tokens, freq in words.items()}
        merges.append([best[0], best[1]])
    return merges
