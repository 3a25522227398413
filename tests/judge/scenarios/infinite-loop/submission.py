def solve(x):
    while True:
        x += 1
