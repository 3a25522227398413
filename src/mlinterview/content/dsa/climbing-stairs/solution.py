class Solution:
    def climbStairs(self, n: int) -> int:
        # The last move onto step i comes from step i-1 (a single step) or from
        # step i-2 (a double step), so ways(i) = ways(i-1) + ways(i-2).
        # Only the two previous values are ever needed, so keep just those.
        before_prev, prev = 1, 1  # ways(0) = 1 (stand still), ways(1) = 1
        for _ in range(2, n + 1):
            before_prev, prev = prev, before_prev + prev
        return prev
