import math


def _log(x):
    return math.log(x) if x > 0 else -math.inf


def disease_posterior(prevalence, sensitivity, specificity, results):
    positives = sum(1 for r in results if r)
    negatives = len(results) - positives
    # Log of prior times likelihood for each hypothesis. Results are conditionally
    # independent, so the likelihood is a product: a sum of logs, safe for 10^5 tests.
    # A zero factor only counts when the corresponding result was actually seen.
    def log_joint(prior, p_positive):
        total = _log(prior)
        if positives:
            total += positives * _log(p_positive)
        if negatives:
            total += negatives * _log(1.0 - p_positive)
        return total

    sick = log_joint(prevalence, sensitivity)             # P(+ | D) = sensitivity
    healthy = log_joint(1.0 - prevalence, 1.0 - specificity)  # P(+ | not D) = 1 - specificity
    if sick == -math.inf:
        return 0.0
    if healthy == -math.inf:
        return 1.0
    # Bayes: P(D | r) = e^sick / (e^sick + e^healthy) = 1 / (1 + e^(healthy - sick)).
    diff = healthy - sick
    if diff > 700:
        return math.exp(-diff)  # 1/(1 + e^diff) without overflow
    return 1.0 / (1.0 + math.exp(diff))
