# Wrong: finds the longest run of adjacent increasing elements (a subarray, not a subsequence).
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        best = run = 1
        for prev, cur in zip(nums, nums[1:]):
            run = run + 1 if cur > prev else 1
            best = max(best, run)
        return best
