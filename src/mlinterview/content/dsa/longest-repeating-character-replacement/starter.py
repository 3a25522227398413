class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        """Return the longest run of one letter you can get by changing at most k letters of s."""
        pass
