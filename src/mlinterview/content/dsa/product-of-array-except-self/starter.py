class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        """Return a list whose i-th entry is the product of every entry of nums except nums[i]."""
        pass
