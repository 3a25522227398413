"""Two-sided Fisher exact test, walking the hypergeometric distribution of the top-left cell
with its term ratio P(x + 1) / P(x) = (r1 - x)(c1 - x) / ((x + 1)(r2 - c1 + x + 1)), in logs
and relative to the first term, instead of evaluating each term from log-gamma."""
import math


def fisher_exact_pvalue(table):
    (a, b), (c, d) = table
    r1, r2, c1 = a + b, c + d, a + c
    lo, hi = max(0, c1 - r2), min(r1, c1)
    logs = [0.0]
    for x in range(lo, hi):
        logs.append(logs[-1] + math.log((r1 - x) * (c1 - x)) - math.log((x + 1) * (r2 - c1 + x + 1)))
    top = max(logs)
    weights = [math.exp(v - top) for v in logs]
    observed = logs[a - lo]
    # Tables at most as likely as the observed one (with a relative slack for rounding).
    tail = math.fsum(w for v, w in zip(logs, weights) if v <= observed + 1e-7)
    return min(1.0, tail / math.fsum(weights))
