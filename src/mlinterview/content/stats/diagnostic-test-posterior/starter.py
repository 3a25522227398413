import math


def disease_posterior(prevalence, sensitivity, specificity, results):
    """P(disease | all test results), results conditionally independent given the status.

    results: list of 0 (negative) / 1 (positive). Returns a float in [0, 1].
    """
    pass
