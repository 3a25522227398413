# Wrong: treats each turned card as an independent draw that is special with probability K/N
# (a geometric variable), as if cards were replaced after each look.
def first_special_position(N, K):
    q = K / N
    return [1.0 / q, (1.0 - q) / q ** 2]
