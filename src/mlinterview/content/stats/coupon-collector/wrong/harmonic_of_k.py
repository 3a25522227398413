# Wrong: uses n * H_k = n * (1 + 1/2 + ... + 1/k). That equals the right answer only when
# k = n; the phase means are n/(n-i), not n/(i+1).
def expected_draws(n, k):
    return n * sum(1.0 / j for j in range(1, k + 1))
