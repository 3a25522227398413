# Wrong: right mean, but the variance ignores the (negative) covariance between the
# indicators of different faces, as if each face were present independently.
import math


def distinct_faces(n, d):
    u = math.exp(n * math.log1p(-1.0 / d)) if d > 1 else (1.0 if n == 0 else 0.0)
    return [d * (1.0 - u), d * u * (1.0 - u)]
