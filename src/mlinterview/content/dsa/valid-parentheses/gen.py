"""Seeded hidden cases for valid-parentheses."""
import random

BRUTE_MAX = 10_000
OPEN = "([{"
CLOSE = {"(": ")", "[": "]", "{": "}"}


def _valid(n_pairs, rng, depth_bias=0.5):
    """A random well-formed string with n_pairs pairs of random kinds."""
    out, stack, opens_left = [], [], n_pairs
    while opens_left or stack:
        if opens_left and (not stack or rng.random() < depth_bias):
            ch = rng.choice(OPEN)
            stack.append(ch)
            out.append(ch)
            opens_left -= 1
        else:
            out.append(CLOSE[stack.pop()])
    return "".join(out)


def _swap_one_closer(s, rng):
    """Turn one closing bracket into a closer of another kind (always breaks the string)."""
    idx = [i for i, ch in enumerate(s) if ch in ")]}"]
    i = rng.choice(idx)
    other = rng.choice([c for c in ")]}" if c != s[i]])
    return s[:i] + other + s[i + 1:]


def generate():
    rng = random.Random(2020)
    for k, pairs in enumerate((1, 3, 8)):
        yield f"small-valid-{k + 1}", [_valid(pairs, rng)]
    for k in range(3):
        broken = _swap_one_closer(_valid(rng.randint(2, 8), rng), rng)
        yield f"small-one-closer-swapped-{k + 1}", [broken]
    s = _valid(200, rng)
    cut = rng.randrange(len(s))
    yield "medium-one-char-dropped", [s[:cut] + s[cut + 1:]]
    yield "medium-valid-shallow", [_valid(1000, rng, depth_bias=0.2)]
    yield "medium-valid-deep", [_valid(1000, rng, depth_bias=0.8)]
    yield "medium-stray-closer-first", ["]" + _valid(500, rng)]
    yield "medium-unclosed-at-end", [_valid(700, rng) + "{"]
    yield "large-valid-random", [_valid(5000, rng)]
    openers = "".join(rng.choice(OPEN) for _ in range(5000))
    closers = "".join(CLOSE[ch] for ch in reversed(openers))
    yield "large-deep-nesting-valid", [openers + closers]
    broken = openers + closers[:-1] + rng.choice([c for c in ")]}" if c != closers[-1]])
    yield "large-deep-nesting-last-wrong", [broken]
    yield "large-all-openers", ["(" * 10_000]


def brute(s):
    """Delete adjacent matching pairs until nothing changes; well formed iff nothing is left."""
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter


def scale(n, rng):
    return [_valid(max(n // 2, 1), rng)]
