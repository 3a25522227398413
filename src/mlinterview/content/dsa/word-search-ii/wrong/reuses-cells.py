# Wrong: never marks the cells of the current path, so a word may use the same cell twice ("aba" with one "a").
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

        def search(r, c, node, depth):
            ch = board[r][c]
            if ch not in node:
                return
            node = node[ch]
            if "$" in node:
                found.add(node["$"])
            if depth == 10:
                return
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols:
                    search(nr, nc, node, depth + 1)

        for r in range(rows):
            for c in range(cols):
                search(r, c, root, 1)
        return list(found)
