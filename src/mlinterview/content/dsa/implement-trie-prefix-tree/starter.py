class Trie:
    def __init__(self):
        """Create an empty trie."""
        pass

    def insert(self, word: str) -> None:
        """Add word to the trie."""
        pass

    def search(self, word: str) -> bool:
        """Return True if word was inserted before."""
        pass

    def startsWith(self, prefix: str) -> bool:
        """Return True if some inserted word starts with prefix."""
        pass
