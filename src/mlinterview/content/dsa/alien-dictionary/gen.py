"""Seeded hidden cases for alien-dictionary.

Most inputs are random words sorted under a random hidden alphabet (so an order exists);
some are then broken on purpose (a swapped pair, a word before its own prefix).
"""
import random

BRUTE_MAX = 10_000
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _sorted_words(n, rng, n_letters, lo, hi):
    alphabet = rng.sample(LETTERS, n_letters)
    rank = {ch: i for i, ch in enumerate(alphabet)}
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi))) for _ in range(n)]
    words.sort(key=lambda w: [rank[ch] for ch in w])
    return words


def _with_shared_prefixes(n, rng, n_letters, lo, hi):
    """Sorted words built as extensions of a few stems, so many pairs share long prefixes."""
    alphabet = rng.sample(LETTERS, n_letters)
    rank = {ch: i for i, ch in enumerate(alphabet)}
    stems = ["".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi))) for _ in range(5)]
    words = []
    for _ in range(n):
        stem = rng.choice(stems)
        tail = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
        words.append((stem + tail)[:100] or stem[:1])
    words.sort(key=lambda w: [rank[ch] for ch in w])
    return words


def _swap_adjacent(words, rng):
    words = words[:]
    i = rng.randrange(len(words) - 1)
    words[i], words[i + 1] = words[i + 1], words[i]
    return words


def _prefix_break(words, rng):
    """Put some word right before one of its proper prefixes."""
    words = words[:]
    i = rng.randrange(len(words))
    while len(words[i]) < 2:
        i = rng.randrange(len(words))
    words.insert(i + 1, words[i][: rng.randint(1, len(words[i]) - 1)])
    return words[:100]


def generate():
    rng = random.Random(269)
    for k, (n, letters, hi) in enumerate(((2, 3, 3), (3, 4, 3), (5, 5, 4), (8, 6, 5), (12, 8, 6))):
        yield f"small-random-{k + 1}", [_sorted_words(n, rng, letters, 1, hi)]
    yield "small-swapped-pair", [_swap_adjacent(_sorted_words(10, rng, 5, 1, 4), rng)]
    yield "small-word-before-its-prefix", [_prefix_break(_sorted_words(10, rng, 6, 2, 5), rng)]
    yield "medium-two-letters", [_sorted_words(60, rng, 2, 1, 12)]
    yield "medium-shared-prefixes", [_with_shared_prefixes(80, rng, 10, 3, 10)]
    yield "medium-swapped-pair", [_swap_adjacent(_sorted_words(60, rng, 12, 1, 6), rng)]
    yield "large-all-letters", [_sorted_words(100, rng, 26, 1, 100)]
    yield "large-long-words", [_sorted_words(100, rng, 26, 95, 100)]
    yield "large-shared-prefixes", [_with_shared_prefixes(100, rng, 26, 60, 96)]
    yield "large-prefix-broken", [_prefix_break(_sorted_words(99, rng, 20, 2, 100), rng)]


def brute(words):
    """Take a clue from *every* pair of words (not just adjacent ones), then place letters one by
    one, each time picking a letter that no unplaced letter has to precede."""
    letters = sorted({ch for w in words for ch in w})
    before = {ch: set() for ch in letters}  # letters that must come earlier
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            u, v = words[i], words[j]
            k = 0
            while k < len(u) and k < len(v) and u[k] == v[k]:
                k += 1
            if k < len(u) and k < len(v):
                before[v[k]].add(u[k])
            elif len(u) > len(v):
                return ""  # words[j] is a proper prefix of words[i], yet comes later
    order, placed = [], set()
    while len(order) < len(letters):
        free = [ch for ch in letters if ch not in placed and before[ch] <= placed]
        if not free:
            return ""
        order.append(free[0])
        placed.add(free[0])
    return "".join(order)


def size(words):
    return sum(len(w) for w in words)


def scale(n, rng):
    # Past the 100-word bound on purpose: about n letters in total, for timing growth.
    return [_sorted_words(max(2, n // 10), rng, 26, 5, 15)]
