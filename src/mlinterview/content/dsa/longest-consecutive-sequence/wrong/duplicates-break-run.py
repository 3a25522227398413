# Wrong: sorts and scans, but treats a repeated value as the end of the run instead of skipping it.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        ordered = sorted(nums)
        best = run = 1
        for prev, cur in zip(ordered, ordered[1:]):
            if cur == prev + 1:
                run += 1
            else:
                run = 1
            best = max(best, run)
        return best
