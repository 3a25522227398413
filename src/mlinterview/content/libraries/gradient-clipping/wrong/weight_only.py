# Mistake: clips only the weight's gradient (model.weight passed alone), so the bias is never clipped.
import torch
from torch import nn


def clipped_training(X, y, W0, b0, lr, max_norm, steps):
    k, d = W0.shape
    model = nn.Linear(d, k)
    with torch.no_grad():
        model.weight.copy_(W0)
        model.bias.copy_(b0)
    loss_fn = nn.MSELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    norms = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss_fn(model(X), y).backward()
        norms.append(torch.nn.utils.clip_grad_norm_(model.weight, max_norm).item())
        optimizer.step()
    return {"norms": norms, "weight": model.weight.detach(), "bias": model.bias.detach()}
