# Wrong: uses n/d (expected count per face) as the chance a face is present, capping at 1,
# and a binomial variance on top.
def distinct_faces(n, d):
    q = min(1.0, n / d)
    return [d * q, d * q * (1.0 - q)]
