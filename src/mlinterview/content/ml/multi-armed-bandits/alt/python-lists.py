# Plain and correct: the bookkeeping in Python lists and an explicit scan for the best arm (the
# first maximum wins ties), one step at a time. T * K = 500,000 comparisons at the maxima.
import math

import numpy as np


def _best(scores):
    best = 0
    for a in range(1, len(scores)):
        if scores[a] > scores[best]:
            best = a
    return best


def run_bandit(policy, rewards, draws, epsilon, c):
    table = np.asarray(rewards, dtype=float).tolist()
    noise = np.asarray(draws, dtype=float).tolist()
    K = len(table[0])
    pulls = [0] * K
    totals = [0.0] * K
    arms, running, total = [], [], 0.0
    for t, row in enumerate(table):
        if policy == "epsilon_greedy":
            explore, pick = noise[t]
            if explore < epsilon:
                arm = min(int(pick * K), K - 1)
            else:
                arm = _best([totals[a] / pulls[a] if pulls[a] else 0.0 for a in range(K)])
        elif policy == "ucb1":
            if 0 in pulls:
                arm = pulls.index(0)
            else:
                log_t = math.log(t)
                arm = _best([totals[a] / pulls[a] + c * math.sqrt(log_t / pulls[a]) for a in range(K)])
        elif policy == "thompson":
            arm = _best([totals[a] / (pulls[a] + 1) + noise[t][a] / math.sqrt(pulls[a] + 1) for a in range(K)])
        else:
            raise ValueError(f"unknown policy {policy!r}")
        pulls[arm] += 1
        totals[arm] += row[arm]
        total += row[arm]
        arms.append(arm)
        running.append(total)
    return np.array(arms, dtype=int), np.array(running)
