"""Long test sequences (too long to keep in cases.yaml): the likelihood products underflow."""
import random


def generate():
    rng = random.Random(2024)
    yield "many-positives", [1e-6, 0.7, 0.6, [1] * 5000]
    yield "many-mixed", [0.5, 0.55, 0.5, [1, 0] * 20000 + [1] * 100]
    yield "many-negatives", [0.99, 0.9, 0.2, [0] * 100000]
    for i in range(4):
        n = rng.choice([50, 500, 5000, 50000])
        sens, spec = rng.uniform(0.5, 0.99), rng.uniform(0.5, 0.99)
        sick = rng.random() < 0.5
        p_pos = sens if sick else 1 - spec
        results = [1 if rng.random() < p_pos else 0 for _ in range(n)]
        yield f"random-{i}", [rng.uniform(0.001, 0.5), sens, spec, results]
