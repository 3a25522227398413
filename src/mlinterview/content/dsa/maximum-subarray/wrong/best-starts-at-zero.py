# Starts the best sum at 0, as if the empty subarray were allowed: all-negative input returns 0.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = 0
        current = 0
        for x in nums:
            current = max(0, current + x)
            best = max(best, current)
        return best
