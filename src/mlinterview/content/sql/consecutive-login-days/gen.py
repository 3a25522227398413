"""Seeded larger datasets: users with habits of different strength, several logins a day."""

import datetime
import random


def generate():
    rng = random.Random(79)
    start = datetime.datetime(2024, 1, 1)
    for n_users, days in ((8, 14), (300, 40)):
        rows = []
        for user in range(1, n_users + 1):
            habit = rng.uniform(0.15, 0.8)
            for day in range(days):
                if rng.random() < habit:
                    for _ in range(rng.randrange(1, 4)):
                        moment = start + datetime.timedelta(days=day, seconds=rng.randrange(86400))
                        rows.append([user, moment])
        rng.shuffle(rows)
        rows = rows[:10000]  # the stated maximum
        yield f"random-{n_users}-users", {"logins": rows}
