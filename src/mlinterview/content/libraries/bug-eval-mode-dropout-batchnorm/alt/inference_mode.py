import torch


def evaluate(model, X, y):
    mode = model.training
    model.eval()
    with torch.inference_mode():
        logits = model(X)
        log_probs = torch.log_softmax(logits, dim=1)
        loss = -log_probs[torch.arange(len(y)), y].mean().item()
        predictions = logits.argmax(dim=1)
        accuracy = (predictions == y).sum().item() / len(y)
    if mode:
        model.train()
    return {"predictions": predictions, "accuracy": accuracy, "loss": loss}
