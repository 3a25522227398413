class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        """Zero every row and column that contains a 0, modifying matrix in place."""
        pass
