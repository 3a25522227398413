# Mistake: backpropagates each micro-batch's full loss, so the accumulated gradient is accum_steps times too large.
import torch
from torch import nn


def train_accumulated(X, y, W0, b0, lr, micro_batch, accum_steps, epochs):
    k, d = W0.shape
    model = nn.Linear(d, k)
    with torch.no_grad():
        model.weight.copy_(W0)
        model.bias.copy_(b0)
    loss_fn = nn.MSELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    effective = micro_batch * accum_steps
    losses = []
    for _ in range(epochs):
        for start in range(0, len(X), effective):
            optimizer.zero_grad()
            total = 0.0
            for m in range(start, start + effective, micro_batch):
                xb, yb = X[m:m + micro_batch], y[m:m + micro_batch]
                loss = loss_fn(model(xb), yb)
                loss.backward()
                total += loss.item()
            optimizer.step()
            losses.append(total / accum_steps)
    return {"losses": losses, "weight": model.weight.detach(), "bias": model.bias.detach()}
