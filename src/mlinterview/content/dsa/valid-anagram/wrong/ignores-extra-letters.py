# Wrong: checks the count of every letter of s in t, but never notices letters that only t has.
from collections import Counter


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        in_s, in_t = Counter(s), Counter(t)
        return all(in_t[c] == k for c, k in in_s.items())
