# Wrong: returns as soon as a word ends at the current cell, so longer words sharing that prefix ("car" then "cart") are never found.
class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        root = {}
        for w in words:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        rows, cols = len(board), len(board[0])
        found = set()

        def search(r, c, node):
            ch = board[r][c]
            if ch not in node:
                return
            node = node[ch]
            if "$" in node:
                found.add(node["$"])
                return
            board[r][c] = "#"
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols:
                    search(nr, nc, node)
            board[r][c] = ch

        for r in range(rows):
            for c in range(cols):
                search(r, c, root)
        return list(found)
