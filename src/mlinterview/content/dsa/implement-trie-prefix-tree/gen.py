"""Seeded hidden cases for implement-trie-prefix-tree: [operations, arguments] pairs."""
import random

BRUTE_MAX = 4000
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _word(rng, alphabet, lo, hi):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def _ops(n_calls, rng, alphabet=LETTERS, lo=1, hi=8, insert_share=0.4, inserts_first=False):
    """n_calls operations mixing inserts with searches and prefix queries that often hit."""
    ops, args, words = ["Trie"], [[]], []
    n_inserts = int(n_calls * insert_share)
    for step in range(n_calls):
        if inserts_first:
            do_insert = step < n_inserts
        else:
            do_insert = not words or rng.random() < insert_share
        if do_insert:
            w = _word(rng, alphabet, lo, hi)
            if words and rng.random() < 0.3:
                # Extend or cut an existing word so the new one shares a prefix with it.
                base = rng.choice(words)
                w = base[: rng.randint(1, len(base))] + _word(rng, alphabet, 0, 3)
            words.append(w)
            ops.append("insert")
            args.append([w])
            continue
        op = rng.choice(("search", "startsWith"))
        r = rng.random()
        if words and r < 0.35:
            q = rng.choice(words)                                 # a stored word
        elif words and r < 0.6:
            base = rng.choice(words)
            q = base[: rng.randint(1, len(base))]                 # one of its prefixes
        elif words and r < 0.75:
            q = rng.choice(words) + _word(rng, alphabet, 1, 2)    # one letter too far
        else:
            q = _word(rng, alphabet, lo, hi)                      # anything
        ops.append(op)
        args.append([q])
    return [ops, args]


def _long_words(rng):
    """Words of up to 2000 letters that share long prefixes."""
    ops, args = ["Trie"], [[]]
    stem = _word(rng, "ab", 1500, 1500)
    words = []
    for _ in range(30):
        w = (stem + _word(rng, "ab", 1, 500))[:2000]
        words.append(w)
        ops.append("insert")
        args.append([w])
    for _ in range(60):
        w = rng.choice(words)
        op = rng.choice(("search", "startsWith"))
        q = rng.choice((w, w[: rng.randint(1, len(w))], (w[:-1] + ("a" if w[-1] == "b" else "b"))))
        ops.append(op)
        args.append([q])
    ops.append("startsWith")
    args.append([stem])
    ops.append("search")
    args.append([stem])
    return [ops, args]


def generate():
    rng = random.Random(208)
    for k, n in enumerate((3, 6, 10, 20)):
        yield f"small-random-{k + 1}", _ops(n, rng)
    yield "small-two-letter-alphabet", _ops(40, rng, alphabet="ab", lo=1, hi=4)
    yield "medium-one-letter-alphabet", _ops(300, rng, alphabet="z", lo=1, hi=30)
    yield "medium-random", _ops(2000, rng)
    yield "medium-short-words", _ops(3000, rng, alphabet="abc", lo=1, hi=3)
    yield "long-shared-prefixes", _long_words(rng)
    yield "large-inserts-then-queries", _ops(30_000, rng, lo=6, hi=12, insert_share=0.5,
                                             inserts_first=True)
    yield "large-mixed", _ops(30_000, rng, lo=3, hi=10)
    yield "large-query-heavy", _ops(30_000, rng, lo=5, hi=15, insert_share=0.2)
    yield "large-small-alphabet", _ops(30_000, rng, alphabet="abcd", lo=4, hi=14)


def brute(ops, args):
    """A set of words; a prefix query scans every stored word."""
    words, out = set(), [None]
    for op, (s,) in zip(ops[1:], args[1:]):
        if op == "insert":
            words.add(s)
            out.append(None)
        elif op == "search":
            out.append(s in words)
        else:
            out.append(any(w.startswith(s) for w in words))
    return out


def scale(n, rng):
    return _ops(max(n, 1), rng, lo=6, hi=12, insert_share=0.5)
