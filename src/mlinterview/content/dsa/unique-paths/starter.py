class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        """Return the number of down/right routes across an m x n grid."""
        pass
