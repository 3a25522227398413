# Wrong: counts each distinct word once, ignoring how often it occurs in the corpus.
from collections import Counter


def bpe_train(word_freqs, num_merges):
    words = [tuple(w) for w in word_freqs]
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for tokens in words:
            for a, b in zip(tokens, tokens[1:]):
                pairs[a, b] += 1
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        new_words = []
        for tokens in words:
            out, i = [], 0
            while i < len(tokens):
                if i + 1 < len(tokens) and (tokens[i], tokens[i + 1]) == best:
                    out.append(best[0] + best[1])
                    i += 2
                else:
                    out.append(tokens[i])
                    i += 1
            new_words.append(tuple(out))
        words = new_words
        merges.append(list(best))
    return merges
