class Solution:
    def longestPalindrome(self, s: str) -> str:
        """Return a longest contiguous substring of s that is a palindrome."""
        pass
