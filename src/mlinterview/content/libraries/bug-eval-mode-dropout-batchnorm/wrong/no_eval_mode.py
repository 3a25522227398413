# Mistake: evaluates under no_grad but in training mode: dropout is active and batch norm uses (and updates) batch statistics.
import torch
from torch import nn


def evaluate(model, X, y):
    was_training = model.training
    try:
        with torch.no_grad():
            logits = model(X)
            loss = nn.functional.cross_entropy(logits, y)
            predictions = logits.argmax(dim=1)
            accuracy = (predictions == y).float().mean()
    finally:
        model.train(was_training)
    return {"predictions": predictions, "accuracy": accuracy.item(), "loss": loss.item()}
