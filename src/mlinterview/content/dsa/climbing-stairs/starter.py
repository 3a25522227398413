class Solution:
    def climbStairs(self, n: int) -> int:
        """Return the number of ways to climb n steps taking 1 or 2 steps at a time."""
        pass
