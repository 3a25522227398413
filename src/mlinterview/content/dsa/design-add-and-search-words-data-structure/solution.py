class TrieNode:
    __slots__ = ("children", "is_word")

    def __init__(self):
        self.children = {}
        # A node can be both the end of one word and a prefix of another ("car" / "cart"),
        # so ends of words need their own flag.
        self.is_word = False


class WordDictionary:
    def __init__(self):
        self.root = TrieNode()

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        node.is_word = True

    def search(self, word: str) -> bool:
        # Depth-first over (node, position) pairs. A letter follows one edge; a dot has to try
        # every child, because a branch that fails later does not rule out its siblings.
        stack = [(self.root, 0)]
        while stack:
            node, i = stack.pop()
            if i == len(word):
                if node.is_word:
                    return True
                continue
            ch = word[i]
            if ch == ".":
                for child in node.children.values():
                    stack.append((child, i + 1))
            else:
                child = node.children.get(ch)
                if child is not None:
                    stack.append((child, i + 1))
        return False
