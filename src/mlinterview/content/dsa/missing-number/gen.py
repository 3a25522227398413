"""Generated cases for missing-number."""
import random

BRUTE_MAX = 10**4


def _case(rng, n, missing=None, order="shuffle"):
    if missing is None:
        missing = rng.randint(0, n)
    nums = [v for v in range(n + 1) if v != missing]
    if order == "shuffle":
        rng.shuffle(nums)
    elif order == "descending":
        nums.reverse()
    return [nums]


def generate():
    rng = random.Random(268)
    for i in range(6):
        yield f"random-small-{i}", _case(rng, rng.randint(1, 12))
    for i in range(4):
        yield f"random-medium-{i}", _case(rng, rng.randint(200, 3000))
    yield "medium-missing-zero", _case(rng, 1000, missing=0)
    yield "medium-missing-n", _case(rng, 1000, missing=1000)
    # Largest inputs. The missing value is near the top so that a search per candidate has to
    # look at almost every candidate.
    yield "max-size-missing-n", _case(rng, 10**4, missing=10**4)
    yield "max-size-missing-high-descending", _case(rng, 10**4, missing=9999, order="descending")
    yield "max-size-missing-zero-sorted", _case(rng, 10**4, missing=0, order="sorted")
    yield "max-size-random", _case(rng, 10**4)


def brute(nums):
    present = set(nums)
    for v in range(len(nums) + 1):
        if v not in present:
            return v


def scale(n, rng):
    missing = rng.randint(0, n)
    return [[v for v in range(n + 1) if v != missing]]
