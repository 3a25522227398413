class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        """Return True if some value occurs at two or more positions of nums."""
        pass
