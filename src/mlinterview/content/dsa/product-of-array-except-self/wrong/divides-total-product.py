# Wrong: divides the product of the non-zero values by nums[i]; any zero in the list breaks it.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        total = 1
        for x in nums:
            if x != 0:  # skip zeros so the division below never fails
                total *= x
        return [total // x if x != 0 else total for x in nums]
