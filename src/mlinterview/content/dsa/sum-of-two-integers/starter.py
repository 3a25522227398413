class Solution:
    def getSum(self, a: int, b: int) -> int:
        """Return a + b, computed with bitwise operators only (no + or -)."""
        pass
