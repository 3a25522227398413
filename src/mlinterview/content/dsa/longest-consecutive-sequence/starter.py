class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        """Return the length of the longest run of consecutive integers whose values all occur in nums."""
        pass
