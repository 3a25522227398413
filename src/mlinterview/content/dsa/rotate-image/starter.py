class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        """Rotate the square matrix a quarter turn clockwise, in place. Return nothing."""
        pass
