# Wrong: starts the best length at 1, assuming the list is never empty.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)
        best = 1
        for x in values:
            if x - 1 not in values:
                end = x + 1
                while end in values:
                    end += 1
                best = max(best, end - x)
        return best
