# Wrong: breaks ties by whichever pair was counted first (Counter.most_common keeps insertion
# order among equal counts) instead of by the lexicographically smallest pair.
from collections import Counter


def bpe_train(word_freqs, num_merges):
    words = {tuple(w): f for w, f in word_freqs.items()}
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for tokens, f in words.items():
            for a, b in zip(tokens, tokens[1:]):
                pairs[a, b] += f
        if not pairs:
            break
        best = pairs.most_common(1)[0][0]
        new_words = {}
        for tokens, f in words.items():
            out, i = [], 0
            while i < len(tokens):
                if i + 1 < len(tokens) and (tokens[i], tokens[i + 1]) == best:
                    out.append(best[0] + best[1])
                    i += 2
                else:
                    out.append(tokens[i])
                    i += 1
            new_words[tuple(out)] = f
        words = new_words
        merges.append(list(best))
    return merges
