"""Seeded larger datasets: events resent up to three times, anonymous users included."""

import datetime
import random


def generate():
    rng = random.Random(89)
    start = datetime.datetime(2024, 1, 1)
    for n in (30, 3300):
        originals = []
        for _ in range(n):
            user = None if rng.random() < 0.15 else rng.randrange(1, 40)
            moment = start + datetime.timedelta(seconds=rng.randrange(3600))
            originals.append((user, rng.choice(["view", "click", "buy"]), moment))
        rows = []
        for original in originals:
            for _ in range(rng.choice([1, 1, 1, 2, 3])):
                rows.append(list(original))
        rows = rows[:5000]  # the stated maximum
        ids = list(range(1, len(rows) + 1))
        rng.shuffle(ids)
        yield f"random-{n}", {"events": [[i, *row] for i, row in zip(ids, rows, strict=True)]}
