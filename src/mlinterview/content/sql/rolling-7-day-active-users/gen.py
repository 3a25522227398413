"""Seeded larger datasets: users with different habits over a few months, with quiet days."""

import datetime
import random


def generate():
    rng = random.Random(127)
    start = datetime.date(2024, 1, 1)
    for n_users, days in ((10, 20), (400, 120)):
        rows = []
        quiet = {rng.randrange(days) for _ in range(days // 10)}
        for user in range(1, n_users + 1):
            habit = rng.uniform(0.02, 0.5)
            for day in range(days):
                if day not in quiet and rng.random() < habit:
                    rows.append([user, start + datetime.timedelta(days=day)])
        rng.shuffle(rows)
        rows = rows[:10000]  # the stated maximum
        yield f"random-{n_users}-users", {"activity": rows}
