# Wrong: applies the identical-rates formula H_n / rate with the average rate.
def expected_last_finish(rates):
    n = len(rates)
    harmonic = sum(1.0 / k for k in range(1, n + 1))
    return harmonic / (sum(rates) / n)
