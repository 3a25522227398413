"""Seeded hidden cases for weight-initialisation: random stacks of layers, some nested."""
import random


def _layer(rng):
    kind = rng.choice(["linear", "head", "conv1d", "conv2d", "bn1d", "bn2d", "ln", "relu"])
    w = lambda: rng.randint(1, 64)  # noqa: E731
    if kind in ("linear", "head"):
        return [kind, w(), w(), rng.random() < 0.7]
    if kind in ("conv1d", "conv2d"):
        return [kind, rng.randint(1, 16), rng.randint(1, 16), rng.randint(1, 5), rng.random() < 0.5]
    if kind in ("bn1d", "bn2d", "ln"):
        return [kind, w()]
    return [kind]


def generate():
    rng = random.Random(3141)
    yield "largest", [[["linear", 64, 64, True], ["ln", 64], ["conv2d", 16, 16, 5, True], ["bn2d", 16],
                       ["conv1d", 16, 16, 5, True], ["bn1d", 64], ["head", 64, 64, True], ["relu"]], 99]
    for i in range(5):
        layers = []
        for _ in range(rng.randint(4, 8)):
            if rng.random() < 0.25:
                layers.append(["seq", [_layer(rng) for _ in range(rng.randint(1, 3))]])
            else:
                layers.append(_layer(rng))
        yield f"random-stack-{i}", [layers, rng.randint(0, 100000)]
