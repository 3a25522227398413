class Solution:
    def search(self, nums: List[int], target: int) -> int:
        """Return the index of target in the rotated sorted array nums, or -1."""
        pass
