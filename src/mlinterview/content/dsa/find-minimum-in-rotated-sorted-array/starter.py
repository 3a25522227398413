class Solution:
    def findMin(self, nums: List[int]) -> int:
        """Return the smallest value of a rotated array of distinct sorted integers."""
        pass
