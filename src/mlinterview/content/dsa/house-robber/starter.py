class Solution:
    def rob(self, nums: List[int]) -> int:
        """Return the largest sum of values in nums with no two chosen indices adjacent."""
        pass
