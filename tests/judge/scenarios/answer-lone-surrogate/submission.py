# A string holding a lone surrogate cannot be encoded: the judge escapes it and says why.
def solve(x):
    return "\ud800"
