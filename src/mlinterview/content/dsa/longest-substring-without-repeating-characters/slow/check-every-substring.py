# Correct but O(n^3): builds every substring and tests whether its characters are all different.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        best = 0
        n = len(s)
        for i in range(n):
            for j in range(i + 1, n + 1):
                piece = s[i:j]
                if len(set(piece)) == len(piece):
                    best = max(best, len(piece))
        return best
