# Slow: runs an independent Word Search for every word: O(words * cells * 3^L) with no sharing of common prefixes.
class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        rows, cols = len(board), len(board[0])

        def exist(word):
            def search(r, c, i):
                if i == len(word):
                    return True
                if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[i]:
                    return False
                board[r][c] = "#"
                ok = (search(r + 1, c, i + 1) or search(r - 1, c, i + 1)
                      or search(r, c + 1, i + 1) or search(r, c - 1, i + 1))
                board[r][c] = word[i]
                return ok

            return any(search(r, c, 0) for r in range(rows) for c in range(cols))

        return [w for w in words if exist(w)]
