import math


def expected_flips(k, p):
    if p >= 1.0:
        return float(k)  # every flip is heads
    # Let E be the answer. A fresh attempt either builds k heads (probability p^k, costing
    # k flips) or fails at the (j+1)-th flip after j heads, costing j + 1 flips and a restart.
    # Solving that renewal equation gives
    #     E = (1 - p^k) / ((1 - p) p^k) = (p^-k - 1) / (1 - p).
    # p^-k - 1 = expm1(-k log p) keeps every digit when p is near 1; 1 - p is exact there.
    q = 1.0 - p
    return math.expm1(-k * math.log1p(-q)) / q
