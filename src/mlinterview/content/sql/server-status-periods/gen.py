"""Seeded larger datasets: several servers checked at irregular moments, sticky statuses."""

import datetime
import random


def generate():
    rng = random.Random(73)
    start = datetime.datetime(2024, 1, 1)
    for n_servers, n_checks in ((2, 30), (20, 250)):
        rows = []
        for s in range(n_servers):
            moment = start + datetime.timedelta(seconds=rng.randrange(60))
            status = "up"
            for _ in range(n_checks):
                if rng.random() < 0.2:
                    status = "down" if status == "up" else "up"
                rows.append([f"server-{s}", moment, status])
                moment += datetime.timedelta(seconds=rng.randrange(30, 90))
        rng.shuffle(rows)
        yield f"random-{n_servers}x{n_checks}", {"status_checks": rows}
