# One answer of 20 MB: refused from its frame header, before the judge reads it.
def solve(x):
    return "x" * 20_000_000
