"""Driver for bug-eval-mode-dropout-batchnorm: trains a small classifier with batch norm and
dropout, then calls the learner's evaluate(model, X, y) and reports what it returned together
with what it did to the model (its state, its mode, whether autograd was recording)."""
import torch
from torch import nn


def _build(d, classes, seed):
    torch.manual_seed(seed)
    return nn.Sequential(
        nn.Linear(d, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Dropout(0.5), nn.Linear(8, classes)
    )


def drive(learner, X_train, y_train, X_val, y_val, classes, seed, train_steps, was_training):
    model = _build(X_train.shape[1], classes, seed)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for _ in range(train_steps):
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(X_train), y_train).backward()
        optimizer.step()
    model.train(was_training)

    before = {name: t.clone() for name, t in model.state_dict().items()}
    recording = []
    model.register_forward_hook(lambda module, inputs, output: recording.append(torch.is_grad_enabled()))
    torch.manual_seed(seed + 1)  # a forgotten eval() then drops the same units every run
    result = learner.evaluate(model, X_val, y_val)
    if not isinstance(result, dict):
        raise TypeError(f"evaluate must return a dict, got {type(result).__name__}")
    missing = {"predictions", "accuracy", "loss"} - set(result)
    if missing:
        raise KeyError(f"evaluate's dict lacks {sorted(missing)}")
    after = model.state_dict()
    return {
        "predictions": torch.as_tensor(result["predictions"]).reshape(-1),
        "accuracy": float(result["accuracy"]),
        "loss": float(result["loss"]),
        "state_unchanged": all(torch.equal(before[name], after[name]) for name in before),
        "mode_restored": model.training == was_training,
        "ran_without_autograd": bool(recording) and not any(recording),
    }
