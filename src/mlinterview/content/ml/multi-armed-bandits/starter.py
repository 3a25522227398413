import numpy as np


def run_bandit(policy, rewards, draws, epsilon, c):
    """Run "epsilon_greedy", "ucb1" or "thompson" on a (T, K) table of rewards.

    Returns (arms (T,) ints, cumulative reward (T,)).
    """
    pass
