# Wrong: resets to 0 on a mismatch, which computes the longest common substring (contiguous).
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        best = 0
        prev = [0] * (len(text2) + 1)
        for ch in text1:
            cur = [0] * (len(text2) + 1)
            for j, other in enumerate(text2, 1):
                if ch == other:
                    cur[j] = prev[j - 1] + 1
                    if cur[j] > best:
                        best = cur[j]
            prev = cur
        return best
