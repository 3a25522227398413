# Correct but O(n^2) on long runs: walks upward from every value, not only from the start of each run.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)
        best = 0
        for x in values:
            end = x + 1
            while end in values:
                end += 1
            best = max(best, end - x)
        return best
