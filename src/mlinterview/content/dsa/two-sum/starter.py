class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        """Return the indices of the two entries of nums that add up to target."""
        pass
