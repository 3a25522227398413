"""Generated hidden cases for Word Search, and a path-set backtracking oracle."""

import random

from packlib.grids import random_walk, traceable

BRUTE_MAX = 10**9  # the oracle prunes on letters; the generated boards keep it quick


def _board(rng, rows, cols, letters):
    return [[rng.choice(letters) for _ in range(cols)] for _ in range(rows)]


def _walk_word(rng, board, length):
    """Spell a word along a random self-avoiding walk (it exists on the board)."""
    while True:
        path = random_walk(rng, len(board), len(board[0]), length)
        if len(path) == length:
            return "".join(board[i][j] for i, j in path)


def generate():
    rng = random.Random(79)
    shapes = [(1, 1, 1), (2, 2, 3), (3, 3, 4), (3, 4, 5), (4, 4, 7), (5, 5, 9), (4, 6, 10), (6, 6, 12),
              (6, 6, 15), (6, 1, 6), (1, 6, 5)]
    for i, (rows, cols, length) in enumerate(shapes):
        board = _board(rng, rows, cols, "abcd")
        if i % 2 == 0:
            word = _walk_word(rng, board, length)          # present
        else:
            word = "".join(rng.choice("abcd") for _ in range(length))  # usually absent
        yield f"random-{rows}x{cols}-len{length}-{i}", [board, word]
    # Maximum sizes: 6 x 6 boards with words of length 15 over few letters.
    for i in range(4):
        board = _board(rng, 6, 6, "ab" if i < 2 else "abC")
        word = _walk_word(rng, board, 15)
        if i % 2 == 1:
            # Change one inner letter: usually no longer spellable.
            k = rng.randrange(1, 14)
            word = word[:k] + ("b" if word[k] == "a" else "a") + word[k + 1:]
        yield f"max-6x6-len15-{i}", [board, word]
    yield "max-6x6-long-walk-mixed-case", [[list("AbAbAb"), list("bAbAbA"), list("AbAbAb"),
                                            list("bAbAbA"), list("AbAbAb"), list("bAbAbA")],
                                           "AbAbAbAbAbAbAbA"]


def brute(board, word):
    """Depth-first over paths, keeping the cells of the current path in a set (packlib.grids)."""
    return traceable(board, word)


def size(board, word):
    return len(board) * len(board[0])


def scale(n, rng):
    side = max(1, int(n ** 0.5))
    board = _board(rng, side, max(1, n // side), "abc")
    # The last letter never occurs, so every cell's search runs to exhaustion.
    return [board, "".join(rng.choice("abc") for _ in range(7)) + "d"]
