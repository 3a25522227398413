class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        """Return the matrix values in clockwise spiral order, starting at the top-left."""
        pass
