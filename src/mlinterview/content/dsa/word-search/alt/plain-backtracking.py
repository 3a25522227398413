# Plain and correct: depth-first search from every cell, marking the cells on the current path and
# stopping a branch at the first letter that does not match. No pruning beyond that.
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])

        def walk(r, c, i):
            if i == len(word):
                return True
            if r < 0 or r >= rows or c < 0 or c >= cols or board[r][c] != word[i]:
                return False
            letter, board[r][c] = board[r][c], "#"
            found = walk(r + 1, c, i + 1) or walk(r - 1, c, i + 1) or walk(r, c + 1, i + 1) or walk(r, c - 1, i + 1)
            board[r][c] = letter
            return found

        return any(walk(r, c, 0) for r in range(rows) for c in range(cols))
