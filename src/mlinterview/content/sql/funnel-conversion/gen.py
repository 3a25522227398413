"""Seeded larger datasets: sessions that mostly follow the funnel, with some noise."""

import datetime
import random


def generate():
    rng = random.Random(107)
    start = datetime.datetime(2024, 1, 1)
    for n in (20, 3400):
        rows = []
        for user in range(1, n + 1):
            moment = start + datetime.timedelta(minutes=rng.randrange(10000))
            for event in ("view", "cart", "purchase"):
                if rng.random() < 0.15:  # noise: an event at a random moment
                    rows.append(
                        [
                            user,
                            rng.choice(["view", "cart", "purchase"]),
                            start + datetime.timedelta(minutes=rng.randrange(10000)),
                        ]
                    )
                if rng.random() > 0.6:
                    break
                rows.append([user, event, moment])
                moment += datetime.timedelta(minutes=rng.randrange(0, 30))
        rng.shuffle(rows)
        rows = rows[:5000]  # the stated maximum
        yield f"random-{n}", {"events": rows}
