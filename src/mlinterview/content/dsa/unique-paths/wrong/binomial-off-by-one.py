# Wrong: counts m downs among m + n - 2 moves; the robot only makes m - 1 downs.
from math import comb


class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        return comb(m + n - 2, m)
