# Mistake: calls model.train() at the end whatever mode the model came in.
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
        model.train()
    return {"predictions": predictions, "accuracy": accuracy.item(), "loss": loss.item()}
