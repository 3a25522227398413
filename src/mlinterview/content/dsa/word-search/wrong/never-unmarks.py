# Wrong: marks cells as used but never restores them, so a dead-end branch blocks cells that a later branch needs.
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])

        def search(r, c, i):
            if i == len(word):
                return True
            if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[i]:
                return False
            board[r][c] = "#"
            return (search(r + 1, c, i + 1) or search(r - 1, c, i + 1)
                    or search(r, c + 1, i + 1) or search(r, c - 1, i + 1))

        for r in range(rows):
            for c in range(cols):
                if search(r, c, 0):
                    return True
        return False
