class TrieNode:
    __slots__ = ("children", "is_word")

    def __init__(self):
        self.children: dict[str, "TrieNode"] = {}
        # A node can lie on the path of a longer word without being a word itself:
        # this flag is what tells "app" (inserted) from "app" (only a prefix of "apple").
        self.is_word = False


class Trie:
    def __init__(self):
        self.root = TrieNode()

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            child = node.children.get(ch)
            if child is None:
                # Create only what is missing: other words may already share this prefix.
                child = node.children[ch] = TrieNode()
            node = child
        node.is_word = True

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and node.is_word

    def startsWith(self, prefix: str) -> bool:
        # Every node on a path was created by some inserted word, so reaching the end of
        # the prefix is enough.
        return self._walk(prefix) is not None

    def _walk(self, s: str):
        """The node reached by following s from the root, or None if the path breaks."""
        node = self.root
        for ch in s:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
