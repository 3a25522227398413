class WordDictionary:
    """Stores words; search() accepts patterns where '.' matches any single letter."""

    def __init__(self):
        pass

    def addWord(self, word: str) -> None:
        pass

    def search(self, word: str) -> bool:
        pass
