import random
import string

ALNUM = string.ascii_letters + string.digits


def _random(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _with_palindrome(rng, n, length, alphabet):
    # random text with one planted palindrome of the given length
    half = _random(rng, length // 2, alphabet)
    middle = rng.choice(alphabet) if length % 2 else ""
    pal = half + middle + half[::-1]
    start = rng.randint(0, n - length)
    return _random(rng, start, alphabet) + pal + _random(rng, n - length - start, alphabet)


def generate():
    rng = random.Random(5)
    for i in range(5):
        yield f"gen-small-ab-{i}", [_random(rng, rng.randint(1, 15), "ab")]
    for i in range(3):
        yield f"gen-small-alnum-{i}", [_random(rng, rng.randint(5, 40), ALNUM)]
    yield "gen-medium-abc", [_random(rng, 200, "abc")]
    yield "gen-medium-planted-even", [_with_palindrome(rng, 300, 40, "xyz")]
    yield "gen-medium-mixed-case", [_random(rng, 300, "aAbB")]
    yield "gen-large-all-same", ["q" * 1000]
    yield "gen-large-ab", [_random(rng, 1000, "ab")]
    yield "gen-large-planted-odd", [_with_palindrome(rng, 1000, 501, ALNUM)]
    yield "gen-large-near-uniform", ["a" * 499 + "b" + "a" * 500]
    # a block and its mirror image far apart: matching s against reversed(s) is fooled here
    block = _random(rng, 400, ALNUM)
    yield "gen-large-mirrored-ends", [block + _random(rng, 200, "xyz") + block[::-1]]


def brute(s):
    # Check every substring directly and keep the first longest one found.
    best = s[0]
    for i in range(len(s)):
        for j in range(i + len(best) + 1, len(s) + 1):
            piece = s[i:j]
            if piece == piece[::-1]:
                best = piece
    return best


BRUTE_MAX = 1000


def scale(n, rng):
    # mostly one letter, so palindromes are long and the work per centre is large
    return ["".join("b" if rng.random() < 0.01 else "a" for _ in range(n))]
