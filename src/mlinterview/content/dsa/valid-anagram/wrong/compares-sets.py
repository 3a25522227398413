# Wrong: compares the sets of letters, so it ignores how many times each letter appears.
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        return set(s) == set(t)
