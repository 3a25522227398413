# Wrong: updates every arm with its reward of the step (full information) instead of only the
# arm that was pulled, which a bandit never observes.
import numpy as np


def run_bandit(policy, rewards, draws, epsilon, c):
    rewards = np.asarray(rewards, dtype=float)
    T, K = rewards.shape
    counts = np.zeros(K)   # pulls per arm
    sums = np.zeros(K)     # total reward per arm
    arms = np.zeros(T, dtype=int)
    for t in range(T):
        # Sample-mean estimates; an arm never pulled is estimated at 0.
        means = np.divide(sums, counts, out=np.zeros(K), where=counts > 0)
        if policy == "epsilon_greedy":
            if draws[t, 0] < epsilon:                       # explore: a uniformly random arm
                arm = min(int(draws[t, 1] * K), K - 1)
            else:                                           # exploit (argmax: first maximum)
                arm = int(np.argmax(means))
        elif policy == "ucb1":
            untried = np.flatnonzero(counts == 0)
            if len(untried):                                # pull every arm once, in order
                arm = int(untried[0])
            else:
                # Optimism: the upper end of a confidence interval that shrinks like
                # 1/sqrt(n_a) and widens slowly (log t) for arms left alone.
                arm = int(np.argmax(means + c * np.sqrt(np.log(t) / counts)))
        elif policy == "thompson":
            # Gaussian model: prior N(0, 1) on each mean, unit reward noise. The posterior is
            # N(sum / (n + 1), 1 / (n + 1)); draw one sample per arm and play the best.
            post_mean = sums / (counts + 1)
            arm = int(np.argmax(post_mean + draws[t] / np.sqrt(counts + 1)))
        else:
            raise ValueError(f"unknown policy {policy!r}")
        # Bandit feedback: only the chosen arm's reward is seen.
        arms[t] = arm
        counts += 1
        sums += rewards[t]
    return arms, np.cumsum(rewards[np.arange(T), arms])
