class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        """Return True if word can be traced through adjacent cells, each cell used at most once."""
        pass
