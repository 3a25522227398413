"""Seeded hidden cases for minimum-window-substring.

The statement promises a unique answer, so every generated case is checked: all windows of
the minimum length must be the same string (or no window exists at all).
"""
import random
import string

BRUTE_MAX = 2000
N_MAX = 10**5
LETTERS = string.ascii_letters


def size(s, t):
    return len(s) + len(t)


def _minimal_windows(s, t):
    """The set of distinct shortest windows, in O(len(s) + len(t)).

    For every right end, slide the left end as far as the window still covers t. Every
    shortest window is found this way, because at its right end no longer-left start can be
    shorter.
    """
    need = {}
    for ch in t:
        need[ch] = need.get(ch, 0) + 1
    missing = len(t)
    left = 0
    ends = []
    for right, ch in enumerate(s):
        if need.get(ch, 0) > 0:
            missing -= 1
        need[ch] = need.get(ch, 0) - 1
        if missing == 0:
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            ends.append((right - left + 1, left))
    if not ends:
        return set()
    shortest = min(length for length, _ in ends)
    return {s[start:start + shortest] for length, start in ends if length == shortest}


def _text(n, rng, alphabet=LETTERS):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _unique(make, rng):
    """Draw cases from make(rng) until the answer is unique."""
    while True:
        s, t = make(rng)
        if len(_minimal_windows(s, t)) <= 1:
            return [s, t]


def generate():
    rng = random.Random(76)
    for k in range(4):
        yield f"tiny-{k + 1}", _unique(lambda r: (_text(r.randint(1, 8), r, "aAb"),
                                                  _text(r.randint(1, 3), r, "aAb")), rng)
    for k in range(3):
        yield f"small-{k + 1}", _unique(lambda r: (_text(r.randint(20, 150), r, "abcdeABC"),
                                                   _text(r.randint(2, 6), r, "abcdeABC")), rng)
    yield "small-no-window", _unique(lambda r: (_text(100, r, "abc"), _text(5, r, "abc") + "Z"), rng)
    yield "medium-long-t", _unique(lambda r: (_text(1500, r, "xy"), _text(400, r, "xy")), rng)
    yield "medium-rare-letter", _unique(
        lambda r: (_text(900, r, "pq") + "R" + _text(900, r, "pq"), "R" + _text(8, r, "pq")), rng)
    yield "large-window-is-whole-string", ["X" + _text(N_MAX - 2, rng, "abcdefgh") + "Y", "YX"]
    yield "large-rare-letters", _unique(
        lambda r: (_text(40_000, r).replace("Q", "q") + "Q" + _text(59_999, r).replace("Q", "q"),
                   "Q" + _text(30, r, "abcdefgh")), rng)
    yield "large-long-t", _unique(lambda r: (_text(N_MAX, r, "mn"), _text(50_000, r, "mn")), rng)
    yield "large-no-window", [_text(N_MAX, rng, string.ascii_lowercase), "aZ"]
    yield "large-t-longer-than-s", [_text(10_000, rng), _text(N_MAX, rng)]


def brute(s, t):
    """From every start, extend until the window covers t; keep the shortest (leftmost on ties)."""
    need = {}
    for ch in t:
        need[ch] = need.get(ch, 0) + 1
    best = ""
    for i in range(len(s)):
        have = {}
        missing = len(t)  # characters of t not yet matched by the window s[i..j]
        for j in range(i, len(s)):
            ch = s[j]
            have[ch] = have.get(ch, 0) + 1
            if have[ch] <= need.get(ch, 0):
                missing -= 1
            if missing == 0:
                if not best or j - i + 1 < len(best):
                    best = s[i:j + 1]
                break
    return best


def scale(n, rng):
    # The only window is the whole of s: it must reach from the X at the start to the Y at
    # the end, so the answer is unique at every size.
    n = max(n, 4)
    filler = _text(n - n // 20 - 4, rng, "abcdefgh")
    return ["X" + filler + "Y", "YX" + "".join(rng.sample(filler, n // 20))]
