"""Validator for alien-dictionary: accepts any alphabet under which the words are sorted.

The words are sorted under an alphabet exactly when every adjacent pair is: either the pair's
first differing letters are in order, or the first word is a prefix of the second (or equal).
If no alphabet exists (a cycle among those constraints, or a word followed by its own proper
prefix), the only accepted answer is "".
"""


def _constraints(words):
    """(letters, ordered pairs (a, b) meaning a before b, whether a prefix rule is broken)."""
    letters = {ch for word in words for ch in word}
    pairs = set()
    broken_prefix = False
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                pairs.add((a, b))
                break
        else:
            if len(first) > len(second):
                broken_prefix = True
    return letters, pairs, broken_prefix


def _acyclic(letters, pairs):
    indegree = {ch: 0 for ch in letters}
    after = {ch: [] for ch in letters}
    for a, b in pairs:
        after[a].append(b)
        indegree[b] += 1
    ready = [ch for ch in letters if indegree[ch] == 0]
    seen = 0
    while ready:
        ch = ready.pop()
        seen += 1
        for nxt in after[ch]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return seen == len(letters)


def check(args, expected, got):
    words = args[0]
    if not isinstance(got, str):
        return f"expected a string, got {type(got).__name__}"
    letters, pairs, broken_prefix = _constraints(words)
    if broken_prefix:
        if got == "":
            return True
        return 'a word comes before its own proper prefix, so no order exists: expected ""'
    if not _acyclic(letters, pairs):
        if got == "":
            return True
        return 'the clues contradict each other (a cycle), so no order exists: expected ""'
    if got == "":
        return "a valid order exists, but the answer is empty"
    if len(set(got)) != len(got):
        return "the answer repeats a letter"
    missing = letters - set(got)
    if missing:
        return "the answer leaves out letters that appear in the words: " + "".join(sorted(missing))
    extra = set(got) - letters
    if extra:
        return "the answer contains letters that appear in no word: " + "".join(sorted(extra))
    position = {ch: i for i, ch in enumerate(got)}
    for a, b in sorted(pairs):
        if position[a] > position[b]:
            return f"the words require '{a}' before '{b}'"
    return True
