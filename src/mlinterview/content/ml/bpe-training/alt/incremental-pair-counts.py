"""BPE training that keeps the pair counts between merges and only recounts the words the
chosen merge actually changes."""

from collections import defaultdict


def pairs_of(tokens):
    return list(zip(tokens[:-1], tokens[1:]))


def merge(tokens, left, right):
    out = []
    i = 0
    while i < len(tokens):
        if i < len(tokens) - 1 and tokens[i] == left and tokens[i + 1] == right:
            out.append(left + right)
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return out


def bpe_train(word_freqs, num_merges):
    words = [[list(w), f] for w, f in word_freqs.items()]
    counts = defaultdict(int)
    for tokens, f in words:
        for p in pairs_of(tokens):
            counts[p] += f
    learned = []
    while len(learned) < num_merges:
        live = [(-c, p) for p, c in counts.items() if c > 0]
        if not live:
            break
        _, (left, right) = min(live)
        for entry in words:
            tokens, f = entry
            old = pairs_of(tokens)
            if (left, right) not in old:
                continue
            for p in old:
                counts[p] -= f
            entry[0] = merge(tokens, left, right)
            for p in pairs_of(entry[0]):
                counts[p] += f
        learned.append([left, right])
    return learned
