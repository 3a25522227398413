import torch
from torch import nn


def clipped_training(X, y, W0, b0, lr, max_norm, steps):
    X = X.float()
    y = y.float()
    k, d = W0.shape
    model = nn.Linear(d, k)
    with torch.no_grad():                      # set the given weights without recording them
        model.weight.copy_(W0)
        model.bias.copy_(b0)
    loss_fn = nn.MSELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    norms = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = loss_fn(model(X), y)
        loss.backward()
        # One norm over every parameter's gradient together; the returned value is the
        # norm before clipping. Clipping sits between backward() and step().
        norm = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)
        norms.append(norm.item())
        optimizer.step()
    return {"norms": norms, "weight": model.weight.detach(), "bias": model.bias.detach()}
