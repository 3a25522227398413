# Wrong: search succeeds whenever the pattern's path exists in the trie, without checking that a word ends there.
class WordDictionary:
    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def search(self, word: str) -> bool:
        def walk(node, i):
            if i == len(word):
                return True
            if word[i] == ".":
                return any(walk(child, i + 1) for child in node.values())
            return word[i] in node and walk(node[word[i]], i + 1)

        return walk(self.root, 0)
