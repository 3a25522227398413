# Slow: keeps the words in a list and compares each pattern with every stored word: O(words) per search.
class WordDictionary:
    def __init__(self):
        self.words = []

    def addWord(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        for w in self.words:
            if len(w) != len(word):
                continue
            for a, b in zip(word, w):
                if a != "." and a != b:
                    break
            else:
                return True
        return False
