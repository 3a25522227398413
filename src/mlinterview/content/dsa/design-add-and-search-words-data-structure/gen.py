"""Generated operation sequences for WordDictionary, and a list-scanning oracle."""

import random
import string

BRUTE_MAX = 4000


def _word(rng, alphabet, low, high):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def _pattern(rng, words, alphabet, low, high):
    """Half the time a stored word, otherwise a fresh string; then 0-2 letters become dots."""
    if words and rng.random() < 0.5:
        base = list(rng.choice(words))
        if rng.random() < 0.3:
            base[rng.randrange(len(base))] = rng.choice(alphabet)
    else:
        base = list(_word(rng, alphabet, low, high))
    for _ in range(rng.randint(0, 2)):
        base[rng.randrange(len(base))] = "."
    return "".join(base)


def _sequence(rng, calls, alphabet, low, high, p_add=0.5):
    ops, args = ["WordDictionary"], [[]]
    words = []
    for _ in range(calls):
        if rng.random() < p_add:
            w = _word(rng, alphabet, low, high)
            words.append(w)
            ops.append("addWord")
            args.append([w])
        else:
            ops.append("search")
            args.append([_pattern(rng, words, alphabet, low, high)])
    return [ops, args]


def generate():
    rng = random.Random(211)
    settings = [(5, "ab", 1, 2), (10, "abc", 1, 3), (20, "ab", 1, 4), (30, "abc", 2, 4),
                (50, "abcd", 1, 5), (80, "ab", 3, 6), (120, "abcde", 1, 6), (200, "xyz", 1, 5),
                (400, string.ascii_lowercase, 1, 8), (1000, "abc", 1, 8)]
    for i, (calls, alphabet, low, high) in enumerate(settings):
        yield f"random-{calls}-calls-{i}", _sequence(rng, calls, alphabet, low, high)
    # Maximum sizes: 10^4 calls.
    yield "max-calls-random-words", _sequence(rng, 10_000, string.ascii_lowercase, 1, 25)
    yield "max-calls-few-letters", _sequence(rng, 10_000, "ab", 10, 14)
    # 5000 words of one length, then 5000 searches of that length with up to two dots.
    words = [_word(rng, string.ascii_lowercase, 20, 20) for _ in range(5000)]
    queries = [_pattern(rng, words, string.ascii_lowercase, 20, 20) for _ in range(5000)]
    yield "max-calls-same-length", [["WordDictionary"] + ["addWord"] * 5000 + ["search"] * 5000,
                                    [[]] + [[w] for w in words] + [[q] for q in queries]]
    # Patterns that start with two dots, so the search must fan out over the first two levels.
    words = [_word(rng, string.ascii_lowercase, 8, 8) for _ in range(1000)]
    queries = [".." + (rng.choice(words) if rng.random() < 0.5 else _word(rng, "abc", 8, 8))[2:]
               for _ in range(500)]
    yield "leading-dots", [["WordDictionary"] + ["addWord"] * 1000 + ["search"] * 500,
                           [[]] + [[w] for w in words] + [[q] for q in queries]]


def brute(ops, args):
    """Keep a plain list of words; compare each pattern with every word of the same length."""
    words = []
    out = []
    for op, arg in zip(ops, args):
        if op == "WordDictionary":
            words = []
            out.append(None)
        elif op == "addWord":
            words.append(arg[0])
            out.append(None)
        else:
            p = arg[0]
            out.append(any(len(w) == len(p) and all(a == "." or a == b for a, b in zip(p, w))
                           for w in words))
    return out


def scale(n, rng):
    return _sequence(rng, n, string.ascii_lowercase, 5, 12)
