"""Seeded hidden cases for valid-palindrome (all characters are printable ASCII)."""
import random
import string

BRUTE_MAX = 10**6
N_MAX = 2 * 10**5
ALNUM = string.ascii_letters + string.digits
NOISE = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
PRINTABLE = "".join(chr(c) for c in range(32, 127))


def _noisy(core, rng, noise_share):
    """Insert punctuation and spaces into core, and randomise letter case."""
    out = []
    for c in core:
        while rng.random() < noise_share:
            out.append(rng.choice(NOISE))
        out.append(c.upper() if rng.random() < 0.5 else c.lower())
    return "".join(out)


def _palindrome(n, rng, alphabet=ALNUM):
    half = [rng.choice(alphabet).lower() for _ in range(n // 2)]
    middle = [rng.choice(alphabet).lower()] if n % 2 else []
    return "".join(half + middle + half[::-1])


def _break_at(core, i, rng):
    """Change the character at i (and not its mirror) so the core stops being a palindrome."""
    j = len(core) - 1 - i
    choices = [c for c in string.ascii_lowercase + string.digits if c != core[j].lower()]
    return core[:i] + rng.choice(choices) + core[i + 1:]


def generate():
    rng = random.Random(125)
    for k in range(3):
        yield f"tiny-random-{k + 1}", ["".join(rng.choice("aA1 ,.") for _ in range(rng.randint(1, 6)))]
    for k in range(3):
        yield f"small-palindrome-{k + 1}", [_noisy(_palindrome(rng.randint(2, 40), rng), rng, 0.3)]
    core = _palindrome(60, rng)
    yield "small-one-mismatch", [_noisy(_break_at(core, 10, rng), rng, 0.3)]
    yield "small-any-printable", ["".join(rng.choice(PRINTABLE) for _ in range(50))]
    yield "medium-digits-palindrome", [_noisy(_palindrome(2001, rng, string.digits), rng, 0.2)]
    yield "medium-only-punctuation", ["".join(rng.choice(NOISE) for _ in range(3000))]
    # About 1.25 characters per kept one, so 150,000 kept stay below the 2 * 10^5 limit.
    yield "large-palindrome", [_noisy(_palindrome(150_000, rng), rng, 0.2)]
    core = _palindrome(150_000, rng)
    yield "large-mismatch-near-middle", [_noisy(_break_at(core, 74_990, rng), rng, 0.2)]
    yield "large-no-punctuation", [_palindrome(N_MAX, rng)]


def brute(s):
    """Keep letters and digits, lowercase them, compare with the reverse."""
    kept = [c.lower() for c in s if c.isalnum()]
    return kept == kept[::-1]


def scale(n, rng):
    return [_palindrome(max(n, 1), rng)]
