class Solution:
    def countSubstrings(self, s: str) -> int:
        """Return how many substrings of s (counted by position) are palindromes."""
        pass
