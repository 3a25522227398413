# Wrong: judges each window by the letter that just entered, not its most common letter ("BBC", k = 1 gives 2).
from collections import defaultdict


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = defaultdict(int)
        left = 0
        best = 0
        for right, ch in enumerate(s):
            counts[ch] += 1
            while right - left + 1 - counts[ch] > k:
                counts[s[left]] -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
