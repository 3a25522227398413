# Mistake: switches to eval() and leaves the model there, so the training that follows runs without dropout.
import torch
from torch import nn


def evaluate(model, X, y):
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            logits = model(X)
            loss = nn.functional.cross_entropy(logits, y)
            predictions = logits.argmax(dim=1)
            accuracy = (predictions == y).float().mean()
    finally:
        pass
    return {"predictions": predictions, "accuracy": accuracy.item(), "loss": loss.item()}
