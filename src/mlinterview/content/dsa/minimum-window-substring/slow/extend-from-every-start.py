# Correct but O(n^2): from every start, extends to the right until the window covers t.
from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        best = ""
        for i in range(len(s)):
            have = Counter()
            missing = len(t)
            for j in range(i, len(s)):
                ch = s[j]
                if have[ch] < need[ch]:
                    missing -= 1
                have[ch] += 1
                if missing == 0:
                    if not best or j - i + 1 < len(best):
                        best = s[i:j + 1]
                    break
        return best
