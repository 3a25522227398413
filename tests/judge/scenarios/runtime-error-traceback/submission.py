def solve(x):
    return x // 0
