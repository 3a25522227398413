class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        """Return the largest sum of a non-empty contiguous subarray of nums."""
        pass
