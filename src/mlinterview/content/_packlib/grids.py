"""Grids of letters (lists of rows) for brute-force oracles."""


def traceable(board, word):
    """Whether ``word`` can be spelled along a path of side-adjacent cells, none used twice.

    A plain depth-first search over paths that carries the cells of the current path in a set;
    exponential, for small boards.
    """
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


def random_walk(rng, rows, cols, length):
    """A random self-avoiding walk of side-adjacent cells [(row, col), ...] from a random start.

    It stops early, shorter than ``length``, where every neighbour is already on the walk.
    """
    r, c = rng.randrange(rows), rng.randrange(cols)
    path = [(r, c)]
    while len(path) < length:
        options = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in path]
        if not options:
            break
        r, c = rng.choice(options)
        path.append((r, c))
    return path
