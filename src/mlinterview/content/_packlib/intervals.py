"""Closed integer intervals ``[start, end]`` for generators and brute-force oracles."""


def random_intervals(rng, n, hi, max_len):
    """n intervals with a start drawn from 0..hi-1 and a length from 1..max_len, capped at hi."""
    out = []
    for _ in range(n):
        s = rng.randint(0, hi - 1)
        out.append([s, min(hi, s + rng.randint(1, max_len))])
    return out


def union(intervals, max_coord):
    """The union of the intervals (coordinates 0..max_coord) as sorted, maximal intervals.

    Coverage is marked on doubled coordinates: 2x is the point x and 2x+1 the gap between x and
    x+1, covered only by an interval that contains both. The covered runs are the answer, so
    touching intervals ([1, 2] and [2, 3]) merge and ones with a gap between ([1, 2], [3, 4])
    do not.
    """
    top = 2 * max_coord + 2
    diff = [0] * (top + 2)
    for s, e in intervals:
        diff[2 * s] += 1
        diff[2 * e + 1] -= 1
    result, depth, run_start = [], 0, None
    for x in range(top + 1):
        depth += diff[x]
        if depth > 0 and run_start is None:
            run_start = x
        elif depth == 0 and run_start is not None:
            result.append([run_start // 2, (x - 1) // 2])
            run_start = None
    return result
