"""Seeded larger datasets: cohorts over a month, activity decaying with time, duplicates."""

import datetime
import random


def generate():
    rng = random.Random(103)
    start = datetime.date(2024, 1, 1)
    for n, days in ((25, 4), (2000, 30)):
        signups, activity = [], []
        for u in range(1, n + 1):
            signup = start + datetime.timedelta(days=rng.randrange(days))
            signups.append([u, signup])
            for offset in range(0, 15):
                if rng.random() < 0.6 / (1 + offset):
                    for _ in range(rng.choice([1, 1, 2])):
                        activity.append([u, signup + datetime.timedelta(days=offset)])
        rng.shuffle(activity)
        activity = activity[:5000]  # the stated maximum
        yield f"random-{n}", {"signups": signups, "activity": activity}
