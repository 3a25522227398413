class Solution:
    def canJump(self, nums: List[int]) -> bool:
        """Return True if the last index can be reached from index 0."""
        pass
