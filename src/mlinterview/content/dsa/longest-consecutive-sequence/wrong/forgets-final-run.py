# Wrong: updates the best length only when a run breaks, so a longest run ending at the top value is missed.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        ordered = sorted(set(nums))
        best, run = 1, 1
        for prev, cur in zip(ordered, ordered[1:]):
            if cur == prev + 1:
                run += 1
            else:
                best = max(best, run)
                run = 1
        return best
