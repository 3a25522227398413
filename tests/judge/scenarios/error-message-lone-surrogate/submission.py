# An exception whose message cannot be encoded still gives a printable runtime error.
def solve(x):
    raise ValueError("bad \udc80 value")
