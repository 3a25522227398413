def solve(x):
    return x + 1
