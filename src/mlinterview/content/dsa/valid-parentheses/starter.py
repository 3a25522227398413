class Solution:
    def isValid(self, s: str) -> bool:
        """Return True if every bracket in s is closed by its own kind in the right order."""
        pass
