# Correct but exponential: recursive rob-or-skip with a flag for the first house, no memo.
class Solution:
    def rob(self, nums: List[int]) -> int:
        n = len(nums)
        if n == 1:
            return nums[0]

        def best_from(i: int, took_first: bool) -> int:
            if i >= n:
                return 0
            skip = best_from(i + 1, took_first)
            if i == n - 1 and took_first:
                return skip
            return max(skip, nums[i] + best_from(i + 2, took_first or i == 0))

        return best_from(0, False)
