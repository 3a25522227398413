import itertools
import random
import string


def _word(rng, length, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(length))


def _dictionary(rng, count, max_len, alphabet, required=()):
    words = list(dict.fromkeys(required))
    seen = set(words)
    while len(words) < count:
        w = _word(rng, rng.randint(1, max_len), alphabet)
        if w not in seen:
            seen.add(w)
            words.append(w)
    rng.shuffle(words)
    return words


def _concat(rng, words, n):
    # glue random dictionary words until the text reaches (about) n letters
    out = ""
    while len(out) < n:
        w = rng.choice(words)
        if len(out) + len(w) > n:
            fits = [x for x in words if len(out) + len(x) <= n]
            if not fits:
                break
            w = rng.choice(fits)
        out += w
    return out


def generate():
    rng = random.Random(139)
    for i in range(6):
        words = _dictionary(rng, rng.randint(1, 5), 4, "ab")
        yield f"gen-small-{i}", [_word(rng, rng.randint(1, 14), "ab"), words]
    for i in range(2):
        words = _dictionary(rng, 6, 5, "abc")
        yield f"gen-small-joined-{i}", [_concat(rng, words, 14), words]
    words = _dictionary(rng, 40, 8, "abc")
    yield "gen-medium-joined", [_concat(rng, words, 120), words]
    text = _concat(rng, words, 119) + "d"
    yield "gen-medium-bad-tail", [text, words]
    # "aaa...ab" with every run of a's a word: exponential for search without memory
    runs = ["a" * k for k in range(1, 21)]
    big = _dictionary(rng, 1000, 20, string.ascii_lowercase.replace("b", ""), required=runs)
    yield "gen-large-runs-of-a", ["a" * 299 + "b", big]
    letters = _dictionary(rng, 1000, 20, "xyz")
    yield "gen-large-joined", [_concat(rng, letters, 300), letters]
    short = _dictionary(rng, 1000, 12, "pq")
    yield "gen-large-near-miss", [_concat(rng, short, 299) + "r", short]


def brute(s, wordDict):
    # Try every set of cut positions between letters.
    words = set(wordDict)
    n = len(s)
    for cuts in itertools.product((False, True), repeat=n - 1):
        start = 0
        ok = True
        for i, cut in enumerate(cuts, 1):
            if cut:
                if s[start:i] not in words:
                    ok = False
                    break
                start = i
        if ok and s[start:] in words:
            return True
    return False


BRUTE_MAX = 16


def scale(n, rng):
    words = _dictionary(rng, 50, 6, "ab")
    return [_concat(rng, words, n), words]
