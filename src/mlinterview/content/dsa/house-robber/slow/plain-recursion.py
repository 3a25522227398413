# Correct but exponential: tries "rob or skip" at every house without remembering results.
class Solution:
    def rob(self, nums: List[int]) -> int:
        def best_from(i: int) -> int:
            if i >= len(nums):
                return 0
            return max(best_from(i + 1), nums[i] + best_from(i + 2))

        return best_from(0)
