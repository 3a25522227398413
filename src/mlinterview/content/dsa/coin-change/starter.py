class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        """Return the fewest coins summing to amount, or -1 if it cannot be done."""
        pass
