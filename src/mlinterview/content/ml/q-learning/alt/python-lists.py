# Plain and correct: the table as Python lists of floats, the log walked one transition at a
# time with the bootstrapped maximum taken by max() over the next state's row.
import numpy as np


def q_learning(Q0, states, actions, rewards, next_states, dones, alpha, gamma):
    table = np.asarray(Q0, dtype=float).tolist()
    log = zip(np.asarray(states).tolist(), np.asarray(actions).tolist(),
              np.asarray(rewards, dtype=float).tolist(), np.asarray(next_states).tolist(),
              np.asarray(dones).tolist())
    for s, a, r, s_next, done in log:
        target = r if done else r + gamma * max(table[s_next])
        table[s][a] += alpha * (target - table[s][a])
    return np.array(table, dtype=float).reshape(np.shape(Q0))
