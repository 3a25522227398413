"""Seeded hidden cases for custom-mlp-module: random weights and inputs of several sizes."""
import numpy as np


def _weights(rng, n_in, n_hidden, n_out):
    def linear(fan_in, fan_out):
        bound = 1.0 / np.sqrt(fan_in)
        return (rng.uniform(-bound, bound, size=(fan_out, fan_in)).round(5).tolist(),
                rng.uniform(-bound, bound, size=fan_out).round(5).tolist())

    w1, b1 = linear(n_in, n_hidden)
    w2, b2 = linear(n_hidden, n_out)
    return {"fc1.weight": w1, "fc1.bias": b1, "fc2.weight": w2, "fc2.bias": b2}


def generate():
    rng = np.random.default_rng(7301)
    specs = [("small-2d", 4, 8, 3, 0.2, (5,)),
             ("wide-hidden", 6, 32, 2, 0.5, (12,)),
             ("largest", 16, 32, 8, 0.3, (32,)),
             ("sequence-input", 5, 10, 4, 0.25, (3, 7)),
             ("single-output", 8, 16, 1, 0.1, (20,))]
    for i, (name, n_in, n_hidden, n_out, p, lead) in enumerate(specs):
        x = rng.normal(size=lead + (n_in,)).round(4).tolist()
        yield name, [n_in, n_hidden, n_out, p, _weights(rng, n_in, n_hidden, n_out), x, 100 + i]
