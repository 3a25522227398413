"""Posterior probability of disease in odds form: the prior log-odds plus one log likelihood
ratio per result (positives and negatives counted), turned back into a probability by the
logistic function."""
import math


def _log_ratio(top, bottom):
    """log(top / bottom) with the zero cases as infinities (nan when both are zero)."""
    if top == 0.0 and bottom == 0.0:
        return math.nan
    if top == 0.0:
        return -math.inf
    if bottom == 0.0:
        return math.inf
    return math.log(top) - math.log(bottom)


def disease_posterior(prevalence, sensitivity, specificity, results):
    positives = sum(1 for r in results if r == 1)
    negatives = len(results) - positives
    # An impossible hypothesis for the observed data is settled first (disease first).
    if prevalence == 0.0 or (positives and sensitivity == 0.0) or (negatives and sensitivity == 1.0):
        return 0.0
    if prevalence == 1.0 or (positives and specificity == 1.0) or (negatives and specificity == 0.0):
        return 1.0
    log_odds = _log_ratio(prevalence, 1.0 - prevalence)
    if positives:
        log_odds += positives * _log_ratio(sensitivity, 1.0 - specificity)
    if negatives:
        log_odds += negatives * _log_ratio(1.0 - sensitivity, specificity)
    # logistic(log_odds), written so that neither side overflows.
    if log_odds >= 0.0:
        return 1.0 / (1.0 + math.exp(-log_odds))
    e = math.exp(log_odds)
    return e / (1.0 + e)
