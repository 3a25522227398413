"""Seeded larger datasets: visits at distinct moments per user, shuffled."""

import datetime
import random

CHANNELS = ["ads", "email", "search", "social", "referral"]


def generate():
    rng = random.Random(139)
    start = datetime.datetime(2024, 1, 1)
    for n_users in (8, 1300):
        rows = []
        for user in range(1, n_users + 1):
            for minute in rng.sample(range(100000), rng.randrange(1, 8)):
                rows.append([user, start + datetime.timedelta(minutes=minute), rng.choice(CHANNELS)])
        rng.shuffle(rows)
        rows = rows[:5000]  # the stated maximum
        yield f"random-{n_users}-users", {"visits": rows}
