"""Expected flips until k heads in a row, as the sum of the expected costs of reaching each
streak length: getting from a streak of i - 1 to i takes 1 / p^i flips on average, so
E = sum_{i=1}^{k} p^(-i). All terms are positive."""


def expected_flips(k, p):
    total = 0.0
    step = 1.0
    for _ in range(k):
        step /= p
        total += step
    return total
