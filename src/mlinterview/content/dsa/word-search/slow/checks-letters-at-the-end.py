# Slow: builds every path of the word's length and only then compares its letters, with no early pruning: O(rows * cols * 3^L) always.
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])
        n = len(word)
        path = []
        used = set()

        def walk(r, c):
            path.append(board[r][c])
            used.add((r, c))
            if len(path) == n:
                ok = "".join(path) == word
            else:
                ok = False
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used and walk(nr, nc):
                        ok = True
                        break
            path.pop()
            used.discard((r, c))
            return ok

        return any(walk(r, c) for r in range(rows) for c in range(cols))
