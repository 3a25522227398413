"""Expected time until the last of n exponential workers finishes, by pushing probability
forward through the subsets of running workers: a state S is reached with probability P(S),
stays for a mean 1 / R_S (R_S the sum of the running rates), and moves to S without i with
probability r_i / R_S. The answer is sum_S P(S) / R_S, a sum of positive terms."""


def expected_last_finish(rates):
    n = len(rates)
    full = (1 << n) - 1
    reach = [0.0] * (full + 1)
    reach[full] = 1.0
    total = 0.0
    # Removing a worker lowers the mask, so going down from `full` visits every state after
    # all the states that lead to it.
    for s in range(full, 0, -1):
        if reach[s] == 0.0:
            continue
        running = [i for i in range(n) if s >> i & 1]
        rate = sum(rates[i] for i in running)
        total += reach[s] / rate
        for i in running:
            reach[s & ~(1 << i)] += reach[s] * rates[i] / rate
    return total
