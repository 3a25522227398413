class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])
        if len(word) > rows * cols:
            return False

        # Cheap rejection before any search: the board must hold enough of every letter.
        have = Counter(ch for row in board for ch in row)
        need = Counter(word)
        if any(have[ch] < k for ch, k in need.items()):
            return False
        # A path spelled backwards is still a path. Start from the rarer end so that fewer
        # searches get started (this is what keeps "AAAA...AB" on an all-A board fast).
        if have[word[0]] > have[word[-1]]:
            word = word[::-1]

        def search(r: int, c: int, i: int) -> bool:
            # board[r][c] is known to equal word[i].
            if i == len(word) - 1:
                return True
            saved = board[r][c]
            board[r][c] = "#"  # mark as used on the current path
            found = False
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == word[i + 1]:
                    if search(nr, nc, i + 1):
                        found = True
                        break
            board[r][c] = saved  # un-mark on the way back: other paths may use this cell
            return found

        return any(board[r][c] == word[0] and search(r, c, 0)
                   for r in range(rows) for c in range(cols))
