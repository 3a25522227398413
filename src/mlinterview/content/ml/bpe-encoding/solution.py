NEVER = float("inf")  # the rank of a pair no merge creates


def bpe_encode(merges, words):
    # Rank of each merge: the earlier it was learned, the higher its priority.
    rank = {(a, b): i for i, (a, b) in enumerate(merges)}
    cache = {}

    def encode(word):
        tokens = list(word)  # start from characters, exactly as in training
        while len(tokens) > 1:
            # The adjacent pair that was learned first; pairs never learned do not merge.
            ranks = [rank.get(pair, NEVER) for pair in zip(tokens, tokens[1:])]
            first = min(ranks)
            if first == NEVER:
                break
            i = ranks.index(first)
            best = (tokens[i], tokens[i + 1])
            # Merge every occurrence of that pair, left to right, without overlaps.
            out, i = [], 0
            while i < len(tokens):
                if i + 1 < len(tokens) and (tokens[i], tokens[i + 1]) == best:
                    out.append(tokens[i] + tokens[i + 1])
                    i += 2
                else:
                    out.append(tokens[i])
                    i += 1
            tokens = out
        return tokens

    result = []
    for word in words:
        if word not in cache:  # real text repeats words a lot
            cache[word] = encode(word)
        result.append(list(cache[word]))
    return result
