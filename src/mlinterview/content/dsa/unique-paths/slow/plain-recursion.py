# Correct but exponential: one call per route, with no memory of cells already counted.
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        def paths(r: int, c: int) -> int:
            if r == 0 or c == 0:
                return 1
            return paths(r - 1, c) + paths(r, c - 1)

        return paths(m - 1, n - 1)
