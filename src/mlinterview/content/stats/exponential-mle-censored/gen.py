"""Seeded censored exponential samples (administrative censoring at a random horizon)."""
import numpy as np


def generate():
    rng = np.random.default_rng(1234)
    for name, n, rate, horizon in [("light-censoring", 200, 0.1, 60.0), ("heavy-censoring", 1000, 0.01, 20.0),
                                   ("no-censoring-seeded", 500, 2.0, 1e9), ("million", 1000000, 0.5, 3.0)]:
        life = rng.exponential(1.0 / rate, n)
        stop = rng.uniform(0.0, horizon, n) if horizon < 1e8 else np.full(n, horizon)
        times = np.minimum(life, stop)
        observed = (life <= stop).astype(int)
        observed[0] = 1  # guarantee at least one event
        times[0] = life[0]
        yield name, [times, observed]
