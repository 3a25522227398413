"""Seeded hidden cases for multi-armed-bandits: Bernoulli and Gaussian arms, every policy, several
epsilons and exploration constants, up to 10000 steps."""
import numpy as np


def _rewards(rng, T, K, kind):
    means = rng.uniform(0.1, 0.9, size=K)
    if kind == "bernoulli":
        return (rng.uniform(size=(T, K)) < means).astype(float)
    return means + rng.normal(size=(T, K))


def _draws(rng, policy, T, K):
    if policy == "epsilon_greedy":
        return rng.uniform(size=(T, 2))
    if policy == "thompson":
        return rng.normal(size=(T, K))
    return np.zeros((T, 0))


def generate():
    rng = np.random.default_rng(1357)
    specs = [  # name, policy, T, K, kind, epsilon, c
        ("eps-0.1-bernoulli", "epsilon_greedy", 200, 3, "bernoulli", 0.1, 0.0),
        ("eps-0.3-gaussian", "epsilon_greedy", 500, 5, "gaussian", 0.3, 0.0),
        ("eps-0-pure-greedy", "epsilon_greedy", 100, 4, "bernoulli", 0.0, 0.0),
        ("eps-1-pure-exploration", "epsilon_greedy", 100, 4, "gaussian", 1.0, 0.0),
        ("ucb1-sqrt2-bernoulli", "ucb1", 300, 4, "bernoulli", 0.0, np.sqrt(2)),
        ("ucb1-c-0.5-gaussian", "ucb1", 500, 6, "gaussian", 0.0, 0.5),
        ("ucb1-c-0-greedy-after-init", "ucb1", 50, 3, "bernoulli", 0.0, 0.0),
        ("thompson-bernoulli", "thompson", 300, 4, "bernoulli", 0.0, 0.0),
        ("thompson-gaussian", "thompson", 500, 8, "gaussian", 0.0, 0.0),
        ("single-arm-ucb1", "ucb1", 20, 1, "gaussian", 0.0, 1.0),
        ("large-eps-10000x50", "epsilon_greedy", 10000, 50, "bernoulli", 0.05, 0.0),
        ("large-ucb1-10000x50", "ucb1", 10000, 50, "gaussian", 0.0, 2.0),
        ("large-thompson-10000x50", "thompson", 10000, 50, "gaussian", 0.0, 0.0),
    ]
    for name, policy, T, K, kind, eps, c in specs:
        yield name, [policy, _rewards(rng, T, K, kind), _draws(rng, policy, T, K), eps, float(c)]
