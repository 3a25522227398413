import numpy as np


def q_learning(Q0, states, actions, rewards, next_states, dones, alpha, gamma):
    """Replay the logged transitions in order with the Q-learning update, starting from Q0.

    Q[s, a] += alpha * (r + gamma * max_a' Q[s', a'] * (1 - done) - Q[s, a]).
    Returns the final Q table, shape (S, A).
    """
    pass
