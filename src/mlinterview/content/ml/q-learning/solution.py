import numpy as np


def q_learning(Q0, states, actions, rewards, next_states, dones, alpha, gamma):
    Q = np.array(Q0, dtype=float)  # a copy: the caller's table is left alone
    # Strictly in log order: each update may change a value that a later target reads, so the
    # loop cannot be replaced by one vectorised update.
    for s, a, r, s_next, done in zip(states, actions, rewards, next_states, dones):
        # Off-policy target: the best action in the next state, whatever the agent did next.
        # A terminal transition has no future, so nothing is bootstrapped.
        target = r if done else r + gamma * Q[s_next].max()
        Q[s, a] += alpha * (target - Q[s, a])
    return Q
