class Solution:
    def rob(self, nums: List[int]) -> int:
        """Return the largest sum of non-adjacent houses when the houses form a circle."""
        pass
