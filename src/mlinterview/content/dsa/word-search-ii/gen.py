"""Generated hidden cases for Word Search II, and a word-by-word oracle."""

import random
import string

from packlib.grids import random_walk, traceable

BRUTE_MAX = 60_000


def _board(rng, rows, cols, alphabet):
    return [[rng.choice(alphabet) for _ in range(cols)] for _ in range(rows)]


def _walk_word(rng, board, length):
    """The letters along a random self-avoiding walk (may stop early in a corner)."""
    path = random_walk(rng, len(board), len(board[0]), length)
    return "".join(board[i][j] for i, j in path)


def _words(rng, board, count, alphabet, max_len, share_present=0.5):
    words = set()
    while len(words) < count:
        length = rng.randint(1, max_len)
        if rng.random() < share_present:
            words.add(_walk_word(rng, board, length))
        else:
            words.add("".join(rng.choice(alphabet) for _ in range(length)))
    out = sorted(words)
    rng.shuffle(out)
    return out


def generate():
    rng = random.Random(212)
    settings = [(1, 1, "ab", 2, 2), (2, 2, "ab", 5, 4), (3, 3, "abc", 10, 5), (3, 5, "abcd", 20, 6),
                (5, 3, "abc", 30, 8), (4, 4, "ab", 40, 10), (6, 6, "abcde", 60, 10),
                (1, 12, "abc", 30, 10), (12, 1, "abc", 30, 10), (8, 8, string.ascii_lowercase, 200, 10)]
    for i, (rows, cols, alphabet, count, max_len) in enumerate(settings):
        board = _board(rng, rows, cols, alphabet)
        yield f"random-{rows}x{cols}-{count}-words-{i}", [board, _words(rng, board, count, alphabet, max_len)]
    board = _board(rng, 12, 12, "abc")
    yield "full-board-400-words", [board, _words(rng, board, 400, "abc", 10)]
    board = _board(rng, 10, 10, "ab")
    yield "two-letters-10x10-500-words", [board, _words(rng, board, 500, "ab", 10)]
    # Maximum sizes: a 12 x 12 board and 3 * 10^4 words.
    board = _board(rng, 12, 12, "abcdefgh")
    yield "max-words-eight-letters", [board, _words(rng, board, 30_000, "abcdefgh", 10, 0.1)]
    board = _board(rng, 12, 12, string.ascii_lowercase)
    yield "max-words-all-letters", [board, _words(rng, board, 30_000, string.ascii_lowercase, 10, 0.3)]
    board = _board(rng, 12, 12, string.ascii_lowercase)
    yield "max-words-short", [board, _words(rng, board, 30_000, string.ascii_lowercase, 4, 0.1)]
    # A board of "a" with three "b" cells, and 655 words that nearly all start with "aaaaa": searching
    # word by word repeats the same walk through the a-cells for every word.
    board = [["a"] * 12 for _ in range(12)]
    for r, c in rng.sample([(r, c) for r in range(12) for c in range(12)], 3):
        board[r][c] = "b"
    tails = list(string.ascii_lowercase[1:]) + [x + y for x in string.ascii_lowercase[1:]
                                                for y in string.ascii_lowercase[1:]]
    words = ["a" * k for k in range(1, 6)] + ["aaaaa" + t for t in tails]
    rng.shuffle(words)
    yield "mostly-a-board-shared-prefix", [board, words]
    board = _board(rng, 12, 12, "abc")
    yield "max-board-three-letters", [board, _words(rng, board, 3_000, "abc", 10)]


def brute(board, words):
    """Search the board separately for every word, keeping the current path in a set
    (packlib.grids)."""
    return [w for w in words if traceable(board, w)]


def size(board, words):
    return len(board) * len(board[0]) * len(words)


def scale(n, rng):
    board = _board(rng, 12, 12, "abcde")
    return [board, _words(rng, board, n, "abcde", 10)]
