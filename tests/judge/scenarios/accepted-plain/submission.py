def solve(x):
    return 2 * x
