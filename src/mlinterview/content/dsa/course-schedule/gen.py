"""Generated hidden cases for Course Schedule, and a peel-until-stuck oracle."""

import random

BRUTE_MAX = 1200


def _random_dag(rng, n, m):
    """m distinct prerequisite pairs consistent with a hidden random order (so no cycle)."""
    order = list(range(n))
    rng.shuffle(order)
    m = min(m, n * (n - 1) // 2)
    chosen = set()
    pairs = []
    while len(pairs) < m:
        i, j = rng.randrange(n), rng.randrange(n)
        if i == j:
            continue
        i, j = min(i, j), max(i, j)
        # order[i] comes earlier, so it is the prerequisite of order[j].
        pair = (order[j], order[i])
        if pair not in chosen:
            chosen.add(pair)
            pairs.append(list(pair))
    rng.shuffle(pairs)
    return pairs, order


def _dag_with_cycle(rng, n, m, length):
    """A DAG plus a cycle through `length` courses placed in the hidden order."""
    pairs, order = _random_dag(rng, n, m)
    have = {tuple(p) for p in pairs}
    members = sorted(rng.sample(range(n), length), key=order.index)
    # Forward links already go from earlier to later; close the ring with a backward link.
    ring = [(members[k + 1], members[k]) for k in range(length - 1)] + [(members[0], members[-1])]
    for pair in ring:
        if pair not in have:
            have.add(pair)
            pairs.insert(rng.randrange(len(pairs) + 1), list(pair))
    return pairs


def generate():
    rng = random.Random(207)
    for i, (n, m) in enumerate([(2, 1), (5, 4), (8, 10), (20, 30), (60, 100), (200, 400)]):
        yield f"random-dag-{n}-{m}-{i}", [n, _random_dag(rng, n, m)[0]]
    for i, (n, m, k) in enumerate([(3, 1, 2), (6, 6, 3), (15, 20, 5), (80, 120, 10), (300, 500, 40)]):
        yield f"dag-plus-cycle-{n}-{k}-{i}", [n, _dag_with_cycle(rng, n, m, k)]
    # Maximum sizes.
    yield "chain-2000-must-go-backwards", [2000, [[i, i + 1] for i in range(1999)]]
    yield "random-dag-2000-5000", [2000, _random_dag(rng, 2000, 5000)[0]]
    yield "dag-plus-long-cycle-2000", [2000, _dag_with_cycle(rng, 2000, 3000, 1000)]
    # A long chain that leads into a dense block of 100 courses: every course on the chain
    # depends, through the chain, on the whole block.
    core = [[1900 + b, 1900 + a] for a, b in rng.sample(
        [(a, b) for a in range(100) for b in range(a + 1, 100)], 3000)]
    chain = [[k, k + 1] for k in range(1899)] + [[1899, 1999]]
    yield "chain-into-dense-block-2000", [2000, chain + core]
    yield "ring-of-2000", [2000, [[i, (i + 1) % 2000] for i in range(2000)]]
    yield "no-prerequisites-2000", [2000, []]


def brute(numCourses, prerequisites):
    """Take any course whose prerequisites are all taken; repeat until stuck."""
    needs = [set() for _ in range(numCourses)]
    for course, before in prerequisites:
        needs[course].add(before)
    taken = set()
    progress = True
    while progress:
        progress = False
        for course in range(numCourses):
            if course not in taken and needs[course] <= taken:
                taken.add(course)
                progress = True
    return len(taken) == numCourses


def size(numCourses, prerequisites):
    return numCourses + len(prerequisites)


def scale(n, rng):
    courses = max(2, n // 3)
    return [courses, _random_dag(rng, courses, n - courses)[0]]
