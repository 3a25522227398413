"""Hidden cases for lr-schedules: typical training configurations of several lengths."""


def generate():
    yield "step-imagenet-style", ["step", 0.1, 90, {"step_size": 30, "gamma": 0.1}]
    yield "step-every-step-seeded", ["step", 1.0, 20, {"step_size": 1, "gamma": 0.9}]
    yield "step-no-decay", ["step", 0.5, 10, {"step_size": 3, "gamma": 1.0}]
    yield "cosine-long", ["cosine", 3e-4, 10000, {"min_lr": 0.0}]
    yield "cosine-with-floor", ["cosine", 0.01, 777, {"min_lr": 1e-4}]
    yield "warmup-cosine-transformer", ["warmup_cosine", 6e-4, 5000, {"warmup_steps": 500, "min_lr": 6e-5}]
    yield "warmup-cosine-short-warmup", ["warmup_cosine", 0.1, 300, {"warmup_steps": 1, "min_lr": 0.0}]
    yield "warmup-cosine-half", ["warmup_cosine", 1.0, 101, {"warmup_steps": 50, "min_lr": 0.1}]
    yield "million-steps", ["warmup_cosine", 1e-3, 1_000_000, {"warmup_steps": 10_000, "min_lr": 1e-5}]
