class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # For each position track the largest AND the smallest product of a subarray
        # ending there: multiplying by a negative number swaps their roles, so today's
        # most negative product can become tomorrow's maximum. Each new subarray either
        # starts fresh at x or extends the best/worst one ending just before.
        high = low = best = nums[0]
        for x in nums[1:]:
            candidates = (x, high * x, low * x)
            high, low = max(candidates), min(candidates)
            best = max(best, high)
        return best
