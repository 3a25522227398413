"""Seeded hidden cases for early-stopping: noisy training targets that the model overfits."""
import numpy as np


def _case(rng, n, m, d, k, noise, lr, max_epochs, patience):
    w = rng.normal(size=(d, k))
    X_train = rng.normal(size=(n, d))
    X_val = rng.normal(size=(m, d))
    # The training targets carry a systematic error the validation targets do not, so the
    # validation loss falls while the model learns w, then rises while it learns the error.
    shift = noise * rng.normal(size=(d, k))
    y_train = X_train @ (w + shift)
    y_val = X_val @ (w + 0.6 * shift)
    r = lambda a: np.round(a, 4).tolist()  # noqa: E731
    W0 = np.zeros((k, d))
    return [r(X_train), r(y_train), r(X_val), r(y_val), W0.tolist(), [0.0] * k, lr, max_epochs, patience]


def generate():
    # One seed per case, each picked so that every "better than the best so far" decision is
    # clear by a relative margin above 1e-3: float32 rounding must not decide the best epoch.
    yield "largest", _case(np.random.default_rng(3307), 40, 40, 6, 2, 2.0, 0.15, 60, 10)
    yield "overfits-then-stops", _case(np.random.default_rng(3307), 20, 10, 3, 1, 1.5, 0.2, 60, 3)
    yield "many-features-few-rows", _case(np.random.default_rng(1), 12, 8, 6, 1, 2.0, 0.1, 40, 5)
