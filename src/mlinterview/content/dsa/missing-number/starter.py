class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        """Return the one value of 0..len(nums) that does not appear in nums."""
        pass
