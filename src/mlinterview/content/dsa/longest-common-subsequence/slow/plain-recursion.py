# Correct but exponential: recursion over prefix pairs without memoisation.
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        def lcs(i: int, j: int) -> int:
            if i == 0 or j == 0:
                return 0
            if text1[i - 1] == text2[j - 1]:
                return lcs(i - 1, j - 1) + 1
            return max(lcs(i - 1, j), lcs(i, j - 1))

        return lcs(len(text1), len(text2))
