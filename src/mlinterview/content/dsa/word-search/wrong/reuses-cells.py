# Wrong: never marks the current path, so the same cell can be used twice (e.g. "aba" on a board with one "a").
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])

        def search(r, c, i):
            if i == len(word):
                return True
            if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[i]:
                return False
            return (search(r + 1, c, i + 1) or search(r - 1, c, i + 1)
                    or search(r, c + 1, i + 1) or search(r, c - 1, i + 1))

        for r in range(rows):
            for c in range(cols):
                if search(r, c, 0):
                    return True
        return False
