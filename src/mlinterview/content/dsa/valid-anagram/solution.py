from collections import Counter


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # Different lengths can never match; this check is O(1) and saves the counting.
        if len(s) != len(t):
            return False
        # Two strings are anagrams exactly when every letter occurs equally often in both,
        # so compare the letter counts (one O(n) pass over each string).
        return Counter(s) == Counter(t)
