# Wrong: keeps each word as a space-joined string and merges with str.replace("a b", "ab"),
# which also matches across token boundaries (tokens "xa", "b" are the string "xa b").
from collections import Counter


def bpe_train(word_freqs, num_merges):
    words = {" ".join(w): f for w, f in word_freqs.items()}
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for text, f in words.items():
            tokens = text.split(" ")
            for a, b in zip(tokens, tokens[1:]):
                pairs[a, b] += f
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        words = {text.replace(best[0] + " " + best[1], best[0] + best[1]): f
                 for text, f in words.items()}
        merges.append(list(best))
    return merges
