# Wrong: the loop runs to n - 1 instead of n, so every n >= 3 gets the count for n - 1.
class Solution:
    def climbStairs(self, n: int) -> int:
        if n <= 2:
            return n
        prev, cur = 1, 2
        for _ in range(3, n):
            prev, cur = cur, prev + cur
        return cur
