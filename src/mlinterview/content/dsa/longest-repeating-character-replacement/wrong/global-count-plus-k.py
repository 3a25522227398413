# Wrong: adds k to the overall count of the most common letter, ignoring that the run must be contiguous.
from collections import Counter


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        return min(len(s), max(Counter(s).values()) + k)
