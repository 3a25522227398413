def solve(x):
    def depth(n):
        return 0 if n == 0 else 1 + depth(n - 1)

    return 2 * x + depth(50000) - 50000
