# Wrong: merges the leftmost adjacent pair that is in the merge list, ignoring the order in
# which the merges were learned.
def bpe_encode(merges, words):
    known = {(a, b) for a, b in merges}
    result = []
    for word in words:
        tokens = list(word)
        merged = True
        while merged:
            merged = False
            for i in range(len(tokens) - 1):
                if (tokens[i], tokens[i + 1]) in known:
                    tokens[i:i + 2] = [tokens[i] + tokens[i + 1]]
                    merged = True
                    break
        result.append(tokens)
    return result
