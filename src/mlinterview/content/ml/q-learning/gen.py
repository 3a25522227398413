"""Seeded hidden cases for q-learning: logs of episodes in random MDPs with terminal states,
collected by a uniformly random behaviour policy; random or zero initial tables."""
import numpy as np


def _log(rng, S, A, N, n_terminal, reward_scale=1.0):
    nxt = rng.integers(0, S, size=(S, A, 3))        # each (s, a) leads to one of 3 states
    mean_r = reward_scale * rng.normal(size=(S, A))
    terminal = set(rng.choice(S, size=n_terminal, replace=False).tolist())
    starts = [s for s in range(S) if s not in terminal] or [0]
    s = int(rng.choice(starts))
    cols = ([], [], [], [], [])
    for _ in range(N):
        a = int(rng.integers(A))
        s2 = int(nxt[s, a, rng.integers(3)])
        r = float(mean_r[s, a] + 0.1 * rng.normal())
        done = s2 in terminal
        for col, v in zip(cols, (s, a, r, s2, done)):
            col.append(v)
        s = int(rng.choice(starts)) if done else s2
    return [np.array(cols[0]), np.array(cols[1]), np.array(cols[2]), np.array(cols[3]),
            np.array(cols[4], dtype=bool)]


def generate():
    rng = np.random.default_rng(2718)
    specs = [  # name, S, A, N, terminals, alpha, gamma, random Q0
        ("small-5x2", 5, 2, 30, 1, 0.5, 0.9, False),
        ("10x3-random-init", 10, 3, 200, 2, 0.1, 0.99, True),
        ("no-terminal-states", 8, 4, 300, 0, 0.2, 0.9, False),
        ("many-terminals", 20, 2, 500, 8, 0.3, 0.95, True),
        ("alpha-1", 6, 3, 100, 1, 1.0, 0.9, False),
        ("gamma-0", 6, 3, 100, 1, 0.5, 0.0, True),
        ("gamma-1-episodic", 6, 2, 150, 2, 0.1, 1.0, False),
        ("large-500x20-50000", 500, 20, 50000, 25, 0.05, 0.99, True),
    ]
    for name, S, A, N, n_term, alpha, gamma, random_init in specs:
        Q0 = rng.normal(size=(S, A)) if random_init else np.zeros((S, A))
        yield name, [Q0] + _log(rng, S, A, N, n_term) + [alpha, gamma]
