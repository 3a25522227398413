"""Seeded hidden cases for find-median-from-data-stream: [operations, arguments] pairs."""
import bisect
import random

BRUTE_MAX = 50_001
LO, HI = -100_000, 100_000


def _ops(values, rng, query_share=0.5):
    """Add the values in the given order, asking for the median at random moments."""
    ops, args = ["MedianFinder"], [[]]
    for v in values:
        ops.append("addNum")
        args.append([v])
        if rng.random() < query_share:
            ops.append("findMedian")
            args.append([])
    if ops[-1] != "findMedian":
        ops.append("findMedian")
        args.append([])
    return [ops, args]


def _alternating(n_pairs, values):
    """addNum, findMedian, addNum, findMedian, ... : the heaviest load for re-sorting."""
    ops, args = ["MedianFinder"], [[]]
    for v in values[:n_pairs]:
        ops += ["addNum", "findMedian"]
        args += [[v], []]
    return [ops, args]


def _rand(n, rng, lo=LO, hi=HI):
    return [rng.randint(lo, hi) for _ in range(n)]


def generate():
    rng = random.Random(295)
    for k, n in enumerate((1, 2, 3, 5, 9)):
        yield f"small-random-{k + 1}", _ops(_rand(n, rng, -20, 20), rng)
    yield "small-all-equal", _ops([3] * 12, rng)
    yield "medium-ascending", _ops(sorted(_rand(800, rng)), rng)
    yield "medium-descending", _ops(sorted(_rand(800, rng), reverse=True), rng)
    yield "medium-few-distinct", _ops(_rand(2000, rng, -2, 2), rng)
    yield "medium-extremes", _ops([rng.choice((LO, HI)) for _ in range(1500)], rng)
    yield "large-alternating-random", _alternating(25_000, _rand(25_000, rng))
    yield "large-alternating-ascending", _alternating(25_000, sorted(_rand(25_000, rng)))
    values = _rand(30_000, rng)
    yield "large-adds-then-queries", [
        ["MedianFinder"] + ["addNum"] * len(values) + ["findMedian"] * 19_999,
        [[]] + [[v] for v in values] + [[]] * 19_999,
    ]
    yield "large-mostly-adds", _ops(_rand(45_000, rng), rng, query_share=0.1)


def brute(ops, args):
    """Keep every number in a sorted list (bisect.insort) and read the middle."""
    data, out = [], [None]
    for op, a in zip(ops[1:], args[1:]):
        if op == "addNum":
            bisect.insort(data, a[0])
            out.append(None)
        else:
            n = len(data)
            out.append(float(data[n // 2]) if n % 2 else (data[n // 2 - 1] + data[n // 2]) / 2)
    return out


def scale(n, rng):
    n = max(n, 2)
    return _alternating(n // 2, _rand(n // 2, rng))
