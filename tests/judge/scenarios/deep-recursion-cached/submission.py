# LeetCode-style memoised recursion 100,000 frames deep (through the C-level cache wrapper).
@lru_cache(None)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def solve(x):
    return 2 * x + depth(100000) - 100000
