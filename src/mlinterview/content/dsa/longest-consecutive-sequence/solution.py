class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # Membership tests in a set are O(1) on average; duplicates disappear for free.
        values = set(nums)
        best = 0
        for x in values:
            # Only start counting at the lowest value of a run. Every other value has its
            # predecessor in the set and is skipped, so each run is walked exactly once and
            # the total work over all runs stays O(n).
            if x - 1 in values:
                continue
            end = x + 1
            while end in values:
                end += 1
            best = max(best, end - x)
        return best
