import random

LIMIT = 2**31 - 1


def _ways(s):
    # forward DP used only to keep generated cases inside the 32-bit promise
    prev, cur = 0, 1
    for i, d in enumerate(s):
        nxt = cur if d != "0" else 0
        if i and 10 <= int(s[i - 1:i + 1]) <= 26:
            nxt += prev
        prev, cur = cur, nxt
    return cur


def _digits(rng, n, weights):
    digits = "0123456789"
    return "".join(rng.choices(digits, weights=weights, k=n))


def _encoded(rng, n, mix):
    # The encoding of a random message (so at least one decoding exists), cut to n
    # digits. With probability 1 - mix a letter is drawn from the codes that rarely
    # pair up, which keeps the count of decodings moderate.
    out = ""
    while len(out) < n:
        if rng.random() < mix:
            out += str(rng.randint(1, 26))
        else:
            out += rng.choice(["3", "4", "5", "6", "7", "8", "9", "10", "20"])
    return out[:n]


def _bounded(make):
    # redraw until the answer fits in 32 bits
    while True:
        s = make()
        if _ways(s) <= LIMIT:
            return s


def _blocks(rng, n, doubling_blocks):
    # Blocks whose decodings never interact: "10", "20" and single digits 3..9 have one
    # reading each; "1x" with x in 3..9 has two. A block ending in 0 or 3..9 cannot pair
    # with what follows, so the answer is 2 to the power of the number of "1x" blocks.
    out = []
    length = 0
    doubles = 0
    while length < n:
        if doubles < doubling_blocks and rng.random() < 0.5:
            piece = "1" + rng.choice("3456789")
            doubles += 1
        else:
            piece = rng.choice(["10", "20", "3", "4", "5", "6", "7", "8", "9"])
        out.append(piece)
        length += len(piece)
    return "".join(out)[:n] if length == n else "".join(out[:-1]).ljust(n, "9")


ONES_TWOS = [0, 5, 5, 1, 1, 1, 1, 1, 1, 1]
FEW_ZEROS = [1, 6, 6, 1, 1, 1, 1, 1, 1, 1]
MANY_ZEROS = [4, 4, 4, 1, 1, 1, 1, 1, 1, 1]


def generate():
    rng = random.Random(91)
    for i in range(4):
        yield f"gen-small-{i}", [_digits(rng, rng.randint(1, 12), FEW_ZEROS)]
    for i in range(3):
        yield f"gen-small-zeros-{i}", [_digits(rng, rng.randint(2, 12), MANY_ZEROS)]
    yield "gen-medium-ones-twos", [_bounded(lambda: _digits(rng, 20, ONES_TWOS))]
    yield "gen-medium-encoded", [_bounded(lambda: _encoded(rng, 40, 1.0))]
    yield "gen-medium-zeros", [_bounded(lambda: _encoded(rng, 60, 0.5))]
    yield "gen-large-encoded", [_bounded(lambda: _encoded(rng, 100, 0.45))]
    yield "gen-large-blocks", [_blocks(rng, 100, 30)]
    # 44 ones and a 3: 1836311903 decodings, near the 32-bit limit (defeats plain recursion)
    yield "gen-large-ones-near-limit", ["1" * 44 + "3" * 56]
    yield "gen-large-invalid-zero", [_encoded(rng, 60, 1.0) + "00" + _encoded(rng, 38, 0.3)]


def brute(s):
    # Try every way of cutting s into pieces of length 1 or 2 and keep the cuttings
    # whose pieces are all among "1".."26".
    codes = {str(k) for k in range(1, 27)}

    def count(i):
        if i == len(s):
            return 1
        total = 0
        for length in (1, 2):
            if s[i:i + length] in codes and i + length <= len(s):
                total += count(i + length)
        return total

    return count(0)


BRUTE_MAX = 20


def scale(n, rng):
    return [_blocks(rng, n, 25)]
