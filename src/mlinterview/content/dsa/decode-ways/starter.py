class Solution:
    def numDecodings(self, s: str) -> int:
        """Return the number of ways to split the digit string s into codes "1".."26"."""
        pass
