# Correct but O(n^2): checks membership with `in` on the list itself, a linear scan each time.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        best = 0
        for x in nums:
            if x - 1 in nums:
                continue
            length = 1
            while x + length in nums:
                length += 1
            best = max(best, length)
        return best
