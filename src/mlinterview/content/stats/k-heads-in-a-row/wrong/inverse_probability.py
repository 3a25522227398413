# Wrong: 1/p^k is the expected number of disjoint blocks of k flips until one block is all
# heads, not the waiting time for a run (runs can start anywhere).
def expected_flips(k, p):
    return 1.0 / p ** k
