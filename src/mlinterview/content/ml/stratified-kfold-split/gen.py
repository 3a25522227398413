"""Seeded hidden cases for stratified-kfold-split: balanced, imbalanced and many-class labels."""
import numpy as np


def generate():
    rng = np.random.default_rng(4109)
    specs = [
        ("balanced-binary", 40, [0.5, 0.5], 8, 4),
        ("imbalanced-binary", 100, [0.9, 0.1], 20, 5),
        ("three-classes-seeded", 60, [0.5, 0.3, 0.2], 12, 3),
        ("many-classes", 300, [1 / 12] * 12, 50, 10),
        ("rare-class-fewer-than-folds", 50, [0.96, 0.04], 5, 5),
        ("no-test-set", 33, [0.6, 0.4], 0, 4),
        ("two-folds", 25, [0.3, 0.3, 0.4], 7, 2),
        ("large", 100000, [0.7, 0.2, 0.1], 20000, 5),
    ]
    for name, n, probs, n_test, n_folds in specs:
        y = rng.choice(len(probs), size=n, p=probs)
        y = np.array([7, 2, 9, 4, 1, 0, 5, 3, 8, 6, 11, 10])[y]   # labels not in first-seen order
        yield name, [y, rng.permutation(n), n_test, n_folds]
