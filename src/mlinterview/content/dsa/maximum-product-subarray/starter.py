class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        """Return the largest product of a non-empty contiguous subarray of nums."""
        pass
