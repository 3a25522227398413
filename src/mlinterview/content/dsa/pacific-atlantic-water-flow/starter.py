class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        """Return [r, c] for every cell whose rain can reach both oceans (any order)."""
        pass
