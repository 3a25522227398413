# Wrong: returns the largest individual mean, max_i 1/rate_i, i.e. E[T_i] of the slowest worker.
# The maximum of random times is larger than the largest expected time.
def expected_last_finish(rates):
    return max(1.0 / r for r in rates)
