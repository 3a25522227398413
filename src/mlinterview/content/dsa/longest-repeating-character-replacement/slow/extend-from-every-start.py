# Correct but O(n^2): from every start, extends the window until it needs more than k changes.
class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        best = 0
        n = len(s)
        for i in range(n):
            counts = {}
            top = 0
            for j in range(i, n):
                counts[s[j]] = counts.get(s[j], 0) + 1
                top = max(top, counts[s[j]])
                if j - i + 1 - top > k:
                    break
                best = max(best, j - i + 1)
        return best
