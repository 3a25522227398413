# Wrong: does not remove a word from the trie once found, so a word traceable along two different paths is reported twice.
class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        root = {}
        for w in words:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        rows, cols = len(board), len(board[0])
        found = []

        def search(r, c, node):
            ch = board[r][c]
            if ch not in node:
                return
            node = node[ch]
            if "$" in node:
                found.append(node["$"])
            board[r][c] = "#"
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols:
                    search(nr, nc, node)
            board[r][c] = ch

        for r in range(rows):
            for c in range(cols):
                search(r, c, root)
        return found
