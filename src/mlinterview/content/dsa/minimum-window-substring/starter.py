class Solution:
    def minWindow(self, s: str, t: str) -> str:
        """Return the shortest substring of s containing every character of t (with repeats), or ""."""
        pass
