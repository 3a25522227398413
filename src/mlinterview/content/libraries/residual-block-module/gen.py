"""Seeded hidden cases for residual-block-module: random weights, equal and different widths."""
import numpy as np


def _linear(rng, fan_in, fan_out, bias=True):
    bound = 1.0 / np.sqrt(fan_in)
    out = {"weight": rng.uniform(-bound, bound, size=(fan_out, fan_in)).round(5).tolist()}
    if bias:
        out["bias"] = rng.uniform(-bound, bound, size=fan_out).round(5).tolist()
    return out


def _weights(rng, n_in, n_out):
    sd = {"norm.weight": (1 + 0.2 * rng.normal(size=n_in)).round(4).tolist(),
          "norm.bias": (0.1 * rng.normal(size=n_in)).round(4).tolist()}
    for name, (a, b, bias) in {"fc1": (n_in, n_out, True), "fc2": (n_out, n_out, True),
                               "proj": (n_in, n_out, False)}.items():
        if name == "proj" and n_in == n_out:
            continue
        for key, value in _linear(rng, a, b, bias).items():
            sd[f"{name}.{key}"] = value
    return sd


def generate():
    rng = np.random.default_rng(9203)
    specs = [("same-width", 8, 8, (6,)), ("widen", 4, 16, (10,)), ("narrow", 32, 8, (32,)),
             ("sequence-input", 6, 6, (2, 5)), ("largest-widths", 32, 32, (16,)),
             ("shifted-input", 5, 3, (8,))]
    for name, n_in, n_out, lead in specs:
        x = rng.normal(size=lead + (n_in,))
        if name == "shifted-input":
            x = 10.0 + 3.0 * x  # a large mean: only the raw skip keeps it
        yield name, [n_in, n_out, _weights(rng, n_in, n_out), x.round(4).tolist()]
