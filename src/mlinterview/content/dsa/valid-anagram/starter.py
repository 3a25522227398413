class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        """Return True if t uses exactly the same letters as s, each the same number of times."""
        pass
