import math


def lr_histories(metrics, base_lr, step_size, gamma, mode, factor, patience, threshold, min_lr):
    step_rates, plateau_rates = [], []
    rate = base_lr
    best = math.inf if mode == "min" else -math.inf
    bad = 0
    for i, m in enumerate(metrics):
        step_rates.append(base_lr * gamma ** (i // step_size))
        plateau_rates.append(rate)
        improved = m < best * (1 - threshold) if mode == "min" else m > best * (1 + threshold)
        if improved:
            best, bad = m, 0
        else:
            bad += 1
        if bad > patience:
            rate = max(rate * factor, min_lr)
            bad = 0
    return {"step_lr": step_rates, "plateau": plateau_rates}
