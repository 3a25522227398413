class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        """Return the length of the longest stretch of s in which no character occurs twice."""
        pass
