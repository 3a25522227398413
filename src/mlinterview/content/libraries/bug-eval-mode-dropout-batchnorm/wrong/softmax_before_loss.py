# Mistake: applies softmax before cross_entropy, which applies log-softmax again.
import torch
from torch import nn


def evaluate(model, X, y):
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            logits = model(X)
            loss = nn.functional.cross_entropy(torch.softmax(logits, dim=1), y)
            predictions = logits.argmax(dim=1)
            accuracy = (predictions == y).float().mean()
    finally:
        model.train(was_training)
    return {"predictions": predictions, "accuracy": accuracy.item(), "loss": loss.item()}
