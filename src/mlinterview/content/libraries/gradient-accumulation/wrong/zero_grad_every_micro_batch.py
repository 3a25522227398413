# Mistake: clears the gradients before every micro-batch, so only the last micro-batch's (scaled) gradient reaches the step.
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
            total = 0.0
            for m in range(start, start + effective, micro_batch):
                xb, yb = X[m:m + micro_batch], y[m:m + micro_batch]
                optimizer.zero_grad()
                loss = loss_fn(model(xb), yb) / accum_steps
                loss.backward()
                total += loss.item()
            optimizer.step()
            losses.append(total)
    return {"losses": losses, "weight": model.weight.detach(), "bias": model.bias.detach()}
