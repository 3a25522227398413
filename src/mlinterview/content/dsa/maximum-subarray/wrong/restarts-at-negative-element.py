# Restarts the sum at every negative element instead of when the running sum turns negative.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = max(nums)  # covers the all-negative case
        current = 0
        for x in nums:
            if x < 0:
                current = 0
            else:
                current += x
                best = max(best, current)
        return best
