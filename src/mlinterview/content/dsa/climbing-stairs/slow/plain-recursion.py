# Correct but exponential: recomputes the same sub-answers again and again (about F(n) calls).
class Solution:
    def climbStairs(self, n: int) -> int:
        if n <= 1:
            return 1
        return self.climbStairs(n - 1) + self.climbStairs(n - 2)
