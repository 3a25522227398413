class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        # One trie for all the words, so a single search from each cell checks every word
        # with that prefix at once instead of searching word by word. A node is a dict of
        # children; the key "$" holds the complete word that ends at this node.
        root: dict = {}
        for w in words:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w

        rows, cols = len(board), len(board[0])
        found: List[str] = []

        def search(r: int, c: int, parent: dict) -> None:
            ch = board[r][c]
            node = parent[ch]
            word = node.pop("$", None)
            if word is not None:
                # Remove the word once found, so another path spelling it cannot add it again.
                found.append(word)
            board[r][c] = "#"  # used on the current path
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                    search(nr, nc, node)
            board[r][c] = ch
            if not node:
                # Every word below this node has been found: cut the branch so later
                # searches do not walk into it again.
                del parent[ch]

        for r in range(rows):
            for c in range(cols):
                if board[r][c] in root:
                    search(r, c, root)
        return found
