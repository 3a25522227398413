# Wrong: uses the specificity itself as P(positive | healthy) instead of 1 - specificity.
import math


def disease_posterior(prevalence, sensitivity, specificity, results):
    pos = sum(results)
    neg = len(results) - pos
    a = prevalence * sensitivity ** pos * (1 - sensitivity) ** neg
    b = (1 - prevalence) * specificity ** pos * (1 - specificity) ** neg
    if a + b == 0:
        return 0.0
    return a / (a + b)
