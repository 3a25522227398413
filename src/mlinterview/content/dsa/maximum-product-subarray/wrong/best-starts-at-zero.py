# Wrong: the answer starts at 0, so arrays whose best product is negative (like [-2]) report 0.
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = 0
        high = low = 1
        for x in nums:
            candidates = (x, high * x, low * x)
            high, low = max(candidates), min(candidates)
            best = max(best, high)
        return best
