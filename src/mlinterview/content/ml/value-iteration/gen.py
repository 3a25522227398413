"""Seeded hidden cases for value-iteration: random dense and sparse MDPs, grid worlds with
absorbing goals, several discounts and sweep counts. Every case is redrawn until the final
Q-values of each state have no near-tie (gap below 1e-9), so rounding cannot flip the policy."""
import numpy as np


def _near_tie(P, R, gamma, sweeps):
    V = np.zeros(P.shape[0])
    for _ in range(sweeps):
        V = (R + gamma * P @ V).max(axis=1)
    Q = np.sort(R + gamma * P @ V, axis=1)
    gaps = np.diff(Q, axis=1)
    return bool(((gaps > 0) & (gaps < 1e-9)).any())


def _random_mdp(rng, S, A, branching):
    P = np.zeros((S, A, S))
    for s in range(S):
        for a in range(A):
            nxt = rng.choice(S, size=min(branching, S), replace=False)
            P[s, a, nxt] = rng.dirichlet(np.ones(len(nxt)))
    return P, rng.normal(size=(S, A))


def _grid(rng, n, slip):
    # n x n grid, actions up/down/left/right; with probability `slip` the move fails (stay).
    # Bottom-right corner is an absorbing goal; entering it pays 1. Every other step costs
    # between 0.03 and 0.05 depending on the state: with a uniform cost, paths of equal length
    # tie exactly in theory and differ by rounding in practice, which would make the policy
    # depend on the order of floating-point operations.
    S, goal = n * n, n * n - 1
    P, R = np.zeros((S, 4, S)), -rng.uniform(0.03, 0.05, size=(S, 1)) * np.ones((1, 4))
    moves = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    for s in range(S):
        r, c = divmod(s, n)
        for a, (dr, dc) in enumerate(moves):
            if s == goal:
                P[s, a, s], R[s, a] = 1.0, 0.0
                continue
            rr, cc = min(max(r + dr, 0), n - 1), min(max(c + dc, 0), n - 1)
            t = rr * n + cc
            P[s, a, t] += 1 - slip
            P[s, a, s] += slip
            if t == goal:
                R[s, a] += (1 - slip) * 1.0
    return P, R


def generate():
    rng = np.random.default_rng(6161)
    specs = [("dense-5x2-g0.9", 5, 2, 5, 0.9, 50), ("dense-10x3-g0.5", 10, 3, 10, 0.5, 30),
             ("sparse-30x4-g0.95", 30, 4, 3, 0.95, 200), ("few-sweeps-20x5", 20, 5, 4, 0.9, 2),
             ("gamma-0", 8, 3, 8, 0.0, 5), ("zero-sweeps-seeded", 6, 3, 6, 0.9, 0),
             ("single-action", 12, 1, 4, 0.8, 40), ("large-200x10-g0.99", 200, 10, 20, 0.99, 500)]
    for name, S, A, br, gamma, sweeps in specs:
        while True:
            P, R = _random_mdp(rng, S, A, br)
            if not _near_tie(P, R, gamma, sweeps):
                break
        yield name, [P, R, gamma, sweeps]
    for name, n, slip, gamma, sweeps in [("grid-4x4-slippery", 4, 0.2, 0.95, 100),
                                         ("grid-8x8-deterministic", 8, 0.0, 0.9, 20)]:
        while True:
            P, R = _grid(rng, n, slip)
            if not _near_tie(P, R, gamma, sweeps):
                break
        yield name, [P, R, gamma, sweeps]
