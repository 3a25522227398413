# Returns two million values: refused by the item cap before any checker sees them.
def solve(x):
    return list(range(2_000_000))
