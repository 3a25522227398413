# Correct but O(n^2): recounts the current letter in both strings at every position of s.
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        for c in s:
            if s.count(c) != t.count(c):
                return False
        return True
