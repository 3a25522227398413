"""Generated hidden cases for Word Search, and a path-set backtracking oracle."""

import random

BRUTE_MAX = 10**9  # the oracle prunes on letters; the generated boards keep it quick


def _board(rng, rows, cols, letters):
    return [[rng.choice(letters) for _ in range(cols)] for _ in range(rows)]


def _walk_word(rng, board, length):
    """Spell a word along a random self-avoiding walk (it exists on the board)."""
    rows, cols = len(board), len(board[0])
    while True:
        r, c = rng.randrange(rows), rng.randrange(cols)
        path = [(r, c)]
        while len(path) < length:
            options = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                       if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in path]
            if not options:
                break
            r, c = rng.choice(options)
            path.append((r, c))
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
    """Depth-first over paths, keeping the cells of the current path in a set."""
    rows, cols = len(board), len(board[0])

    def extend(r, c, i, used):
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        used = used | {(r, c)}
        return any(extend(nr, nc, i + 1, used)
                   for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                   if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used)

    return any(extend(r, c, 0, frozenset()) for r in range(rows) for c in range(cols))


def size(board, word):
    return len(board) * len(board[0])


def scale(n, rng):
    side = max(1, int(n ** 0.5))
    board = _board(rng, side, max(1, n // side), "abc")
    # The last letter never occurs, so every cell's search runs to exhaustion.
    return [board, "".join(rng.choice("abc") for _ in range(7)) + "d"]
