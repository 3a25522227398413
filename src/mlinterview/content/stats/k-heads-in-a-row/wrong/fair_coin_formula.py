# Wrong: uses the fair-coin closed form 2^(k+1) - 2 whatever the coin's bias.
def expected_flips(k, p):
    return 2.0 ** (k + 1) - 2.0
