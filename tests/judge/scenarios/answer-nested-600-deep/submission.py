# A list nested 600 deep: too deep to print or store, refused by the depth cap.
def solve(x):
    value = []
    for _ in range(600):
        value = [value]
    return value
