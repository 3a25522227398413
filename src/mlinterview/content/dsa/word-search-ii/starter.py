class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        """Return every word that can be traced on the board (any order, each once)."""
        pass
