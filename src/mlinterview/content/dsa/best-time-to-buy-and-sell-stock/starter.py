class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        """Return the best profit from one purchase followed by one later sale (0 if none helps)."""
        pass
