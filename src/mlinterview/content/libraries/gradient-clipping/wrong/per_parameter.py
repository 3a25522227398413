# Mistake: clips each parameter's gradient by its own norm instead of one global norm.
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
        parts = [torch.nn.utils.clip_grad_norm_(p, max_norm) for p in model.parameters()]
        norms.append(torch.sqrt(sum(n ** 2 for n in parts)).item())
        optimizer.step()
    return {"norms": norms, "weight": model.weight.detach(), "bias": model.bias.detach()}
