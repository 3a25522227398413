# One answer of 48 MB: refused from its frame header, before the judge reads it.
def solve(x):
    return "x" * 48_000_000
