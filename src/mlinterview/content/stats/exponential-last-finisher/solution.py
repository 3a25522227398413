def expected_last_finish(rates):
    n = len(rates)
    full = (1 << n) - 1
    # E[S] = expected time until every worker in the set S (a bitmask of running workers)
    # has finished. Memorylessness: whatever has happened so far, the running workers'
    # remaining times are fresh exponentials. The next finish among S comes after an
    # Exp(R_S) time, R_S = sum of their rates, and it is worker i with probability r_i / R_S:
    #     E[S] = 1/R_S + sum_{i in S} (r_i / R_S) E[S without i]
    # Every term is positive, so no digits are lost (unlike inclusion-exclusion).
    expected = [0.0] * (full + 1)
    total_rate = [0.0] * (full + 1)
    for s in range(1, full + 1):
        low = s & -s                   # lowest worker in S
        i = low.bit_length() - 1
        total_rate[s] = total_rate[s ^ low] + rates[i]
        acc = 1.0
        rest = s
        while rest:
            bit = rest & -rest
            acc += rates[bit.bit_length() - 1] * expected[s ^ bit]
            rest ^= bit
        expected[s] = acc / total_rate[s]
    return expected[full]
