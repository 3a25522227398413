# Wrong: insert creates a fresh child at every step, wiping out the words that shared that prefix.
class Trie:
    def __init__(self):
        self.root = {"children": {}, "end": False}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node["children"][ch] = {"children": {}, "end": False}
            node = node["children"][ch]
        node["end"] = True

    def search(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and node["end"]

    def startsWith(self, prefix: str) -> bool:
        return self._find(prefix) is not None

    def _find(self, s):
        node = self.root
        for ch in s:
            node = node["children"].get(ch)
            if node is None:
                return None
        return node
