"""Seeded hidden cases for linked-list-cycle. Each argument is [values, pos]."""
import random

BRUTE_MAX = 10**4
LIMIT = 10**5


def _case(n, rng, pos=None, lo=-LIMIT, hi=LIMIT):
    values = [rng.randint(lo, hi) for _ in range(n)]
    if pos is None:
        pos = rng.randrange(n) if n and rng.random() < 0.5 else -1
    return [[values, pos]]


def generate():
    rng = random.Random(14101)
    for k in range(4):
        yield f"small-random-{k + 1}", _case(rng.randint(1, 12), rng)
    yield "small-few-distinct-values-no-cycle", _case(15, rng, pos=-1, lo=0, hi=2)
    yield "small-few-distinct-values-cycle", _case(15, rng, pos=4, lo=0, hi=2)
    for k in range(3):
        yield f"medium-random-{k + 1}", _case(rng.randint(100, 1000), rng)
    yield "medium-no-cycle", _case(2000, rng, pos=-1)
    yield "large-no-cycle", _case(10**4, rng, pos=-1)
    yield "large-loop-to-head", _case(10**4, rng, pos=0)
    yield "large-tail-self-loop", _case(10**4, rng, pos=10**4 - 1)
    yield "large-loop-from-middle", _case(10**4, rng, pos=5000)


def _spec(arg):
    """Accept the case's [values, pos] or an already built list; return (length, has_cycle)."""
    if isinstance(arg, list):
        values, pos = arg
        return len(values), pos != -1
    seen = set()
    node = arg
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        node = node.next
    return len(seen), node is not None


def brute(head):
    """Wire the nodes exactly as described and walk them, remembering every node visited."""
    if not isinstance(head, list):
        return _spec(head)[1]
    values, pos = head
    nxt = list(range(1, len(values))) + ([pos] if values else [])
    if values and pos == -1:
        nxt[-1] = None
    visited = set()
    i = 0 if values else None
    while i is not None:
        if i in visited:
            return True
        visited.add(i)
        i = nxt[i]
    return False


def size(head):
    return _spec(head)[0]


def scale(n, rng):
    return _case(max(n, 1), rng, pos=-1 if rng.random() < 0.5 else rng.randrange(max(n, 1)))
