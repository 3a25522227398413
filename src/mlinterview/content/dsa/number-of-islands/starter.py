class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        """Count the groups of "1" cells joined up, down, left or right."""
        pass
