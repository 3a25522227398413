"""The straightforward dynamic programme in plain Python: the distribution of the running sum,
one die at a time, each new entry the average of a window of s old ones (kept as a running
window sum). O(n * n s) steps: the intended complexity, without NumPy."""


def dice_sum_probability(n, s, t):
    if t < n or t > n * s:
        return 0.0
    # The sums are symmetric about n (s + 1) / 2: ask for the lower half, where the small
    # probabilities are built from small numbers only.
    t = min(t, n * (s + 1) - t)
    dist = [1.0]                       # dist[v] = P(running sum = v), zero dice so far
    for _ in range(n):
        new = [0.0] * (len(dist) + s)
        window = 0.0
        for v in range(1, len(new)):
            if v - 1 < len(dist):
                window += dist[v - 1]   # face 1 on top of a sum of v - 1
            if v - 1 - s >= 0:
                window -= dist[v - 1 - s]
            new[v] = window / s
        dist = new
    return dist[t]
