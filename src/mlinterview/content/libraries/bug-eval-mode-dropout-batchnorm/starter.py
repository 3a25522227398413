import torch
from torch import nn


def evaluate(model, X, y):
    """Evaluate a classifier that contains dropout and batch norm.

    Returns {"predictions": int64 tensor (m,), "accuracy": float, "loss": float}; the model's
    state_dict must be unchanged and the model left in the mode it came in.
    """
    was_training = model.training
    logits = model(X)
    loss = nn.functional.cross_entropy(logits, y)
    predictions = logits.argmax(dim=1)
    return {"predictions": predictions, "accuracy": (predictions == y).float().mean().item(), "loss": loss.item()}
