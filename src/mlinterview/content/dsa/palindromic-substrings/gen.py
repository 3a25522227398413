import random


def _random(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def generate():
    rng = random.Random(647)
    for i in range(5):
        yield f"gen-small-ab-{i}", [_random(rng, rng.randint(1, 15), "ab")]
    for i in range(3):
        yield f"gen-small-letters-{i}", [_random(rng, rng.randint(5, 40), "abcdefghijklmnopqrstuvwxyz")]
    yield "gen-medium-abc", [_random(rng, 200, "abc")]
    yield "gen-medium-runs", ["".join(rng.choice("xy") * rng.randint(1, 9) for _ in range(40))]
    yield "gen-medium-palindrome", [(lambda h: h + h[::-1])(_random(rng, 150, "ab"))]
    yield "gen-large-all-same", ["z" * 1000]
    yield "gen-large-ab", [_random(rng, 1000, "ab")]
    yield "gen-large-alternating", ["ab" * 500]
    yield "gen-large-letters", [_random(rng, 1000, "abcdefghijklmnopqrstuvwxyz")]


def brute(s):
    # Test every (start, end) pair directly.
    count = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            piece = s[i:j]
            if piece == piece[::-1]:
                count += 1
    return count


BRUTE_MAX = 1000


def scale(n, rng):
    # mostly one letter, so palindromes are long and the work per centre is large
    return ["".join("b" if rng.random() < 0.01 else "a" for _ in range(n))]
