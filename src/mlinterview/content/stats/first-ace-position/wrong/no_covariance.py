# Wrong: right mean, but the variance adds the indicator variances only, as if the events
# "card j comes before every special card" were independent for different j.
def first_special_position(N, K):
    M = N - K
    p = 1.0 / (K + 1)
    return [1.0 + M * p, M * p * (1.0 - p)]
