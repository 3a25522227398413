import torch
from torch import nn


def evaluate(model, X, y):
    was_training = model.training
    # eval(): dropout passes everything through, batch norm normalises with its running
    # statistics and stops updating them. no_grad(): no graph is recorded.
    model.eval()
    try:
        with torch.no_grad():
            logits = model(X)
            loss = nn.functional.cross_entropy(logits, y)   # raw logits: the loss applies log-softmax
            predictions = logits.argmax(dim=1)
            accuracy = (predictions == y).float().mean()
    finally:
        model.train(was_training)     # hand the model back in the mode it came in
    return {"predictions": predictions, "accuracy": accuracy.item(), "loss": loss.item()}
