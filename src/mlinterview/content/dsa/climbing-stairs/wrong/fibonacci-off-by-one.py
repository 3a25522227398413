# Wrong: starts the Fibonacci pair at (0, 1), so it returns F(n) instead of F(n + 1).
class Solution:
    def climbStairs(self, n: int) -> int:
        a, b = 0, 1
        for _ in range(n):
            a, b = b, a + b
        return a
