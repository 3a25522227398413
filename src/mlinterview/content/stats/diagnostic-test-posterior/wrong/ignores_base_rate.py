# Wrong: base-rate neglect. Drops the prior and compares the likelihoods alone (as if the
# prevalence were one half).
import math


def disease_posterior(prevalence, sensitivity, specificity, results):
    pos = sum(results)
    neg = len(results) - pos
    a = sensitivity ** pos * (1 - sensitivity) ** neg
    b = (1 - specificity) ** pos * specificity ** neg
    if a + b == 0:
        return 0.0
    return a / (a + b)
