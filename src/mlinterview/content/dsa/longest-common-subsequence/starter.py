class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        """Return the length of the longest subsequence shared by text1 and text2."""
        pass
