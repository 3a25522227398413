import itertools
import random
import string

LOWER = string.ascii_lowercase


def _random(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _mutate(rng, text, rate, alphabet):
    # copy with some letters changed, dropped or inserted: a long shared subsequence
    out = []
    for ch in text:
        r = rng.random()
        if r < rate / 3:
            continue
        if r < 2 * rate / 3:
            out.append(rng.choice(alphabet))
        elif r < rate:
            out.append(ch + rng.choice(alphabet))
        else:
            out.append(ch)
    return "".join(out) or rng.choice(alphabet)


def generate():
    rng = random.Random(1143)
    for i in range(6):
        yield f"gen-small-{i}", [_random(rng, rng.randint(1, 10), "abc"), _random(rng, rng.randint(1, 10), "abc")]
    yield "gen-small-uneven", [_random(rng, 3, "ab"), _random(rng, 12, "ab")]
    yield "gen-medium-letters", [_random(rng, 200, LOWER), _random(rng, 150, LOWER)]
    base = _random(rng, 300, "abcd")
    yield "gen-medium-similar", [base, _mutate(rng, base, 0.3, "abcd")]
    yield "gen-large-random", [_random(rng, 1000, LOWER), _random(rng, 1000, LOWER)]
    base = _random(rng, 1000, LOWER)
    yield "gen-large-similar", [base, _mutate(rng, base, 0.2, LOWER)[:1000]]
    yield "gen-large-binary", [_random(rng, 1000, "ab"), _random(rng, 1000, "ab")]
    yield "gen-large-disjoint", [_random(rng, 1000, "abcdefghijklm"), _random(rng, 1000, "nopqrstuvwxyz")]


def brute(text1, text2):
    # Every subsequence of the shorter string, longest first; the first one that is also
    # a subsequence of the other string gives the answer.
    short, long_ = sorted((text1, text2), key=len)

    def is_subsequence(sub, text):
        it = iter(text)
        return all(ch in it for ch in sub)

    for length in range(len(short), 0, -1):
        for picks in itertools.combinations(range(len(short)), length):
            if is_subsequence("".join(short[i] for i in picks), long_):
                return length
    return 0


BRUTE_MAX = 24


def size(text1, text2):
    return len(text1) + len(text2)


def scale(n, rng):
    # two strings of n / 2 letters: (n / 2)^2 cells
    half = max(1, n // 2)
    return [_random(rng, half, LOWER), _random(rng, n - half or 1, LOWER)]
