def solve(x):
    while True:
        print("spam" * 1000)
