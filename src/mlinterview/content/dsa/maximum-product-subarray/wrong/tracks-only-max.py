# Wrong: Kadane-style, keeps only the largest product ending here and loses negative partial products.
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = current = nums[0]
        for x in nums[1:]:
            current = max(x, current * x)
            best = max(best, current)
        return best
