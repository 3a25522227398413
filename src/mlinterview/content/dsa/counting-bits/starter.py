class Solution:
    def countBits(self, n: int) -> List[int]:
        """Return [popcount(0), popcount(1), ..., popcount(n)]."""
        pass
