# Wrong: greedy longest-match against the vocabulary (characters plus merged tokens), as WordPiece
# does; BPE must replay the merges by priority instead.
def bpe_encode(merges, words):
    vocab = {a + b for a, b in merges}
    result = []
    for word in words:
        tokens, i = [], 0
        while i < len(word):
            j = len(word)
            while j > i + 1 and word[i:j] not in vocab:
                j -= 1
            tokens.append(word[i:j])
            i = j
        result.append(tokens)
    return result
