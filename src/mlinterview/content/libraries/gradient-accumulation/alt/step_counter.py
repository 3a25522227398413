import torch
from torch import nn


def train_accumulated(X, y, W0, b0, lr, micro_batch, accum_steps, epochs):
    k, d = W0.shape
    model = nn.Linear(d, k)
    with torch.no_grad():
        model.weight.copy_(W0)
        model.bias.copy_(b0)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    loss_fn = nn.MSELoss()
    losses, running = [], 0.0
    optimizer.zero_grad()
    for _ in range(epochs):
        for i, start in enumerate(range(0, len(X), micro_batch)):
            loss = loss_fn(model(X[start:start + micro_batch]), y[start:start + micro_batch])
            (loss / accum_steps).backward()
            running += loss.item() / accum_steps
            if (i + 1) % accum_steps == 0:
                optimizer.step()
                optimizer.zero_grad()
                losses.append(running)
                running = 0.0
    return {"losses": losses, "weight": model.weight.detach(), "bias": model.bias.detach()}
