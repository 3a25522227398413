# Mistake: warms up with t / W, so the first step has learning rate 0 and the peak comes one step late.
import math

import torch
from torch import nn


def train_with_schedule(X, y, W0, b0, base_lr, min_lr, warmup_steps, epochs, batch_size):
    n = X.shape[0]
    k, d = W0.shape
    model = nn.Linear(d, k)
    with torch.no_grad():
        model.weight.copy_(W0)
        model.bias.copy_(b0)
    optimizer = torch.optim.SGD(model.parameters(), lr=base_lr)
    loss_fn = nn.MSELoss()
    total = epochs * math.ceil(n / batch_size)

    def factor(t):
        if t < warmup_steps:
            return t / warmup_steps
        progress = (t - warmup_steps) / max(1, total - warmup_steps)
        cosine = 0.5 * (1.0 + math.cos(math.pi * progress))
        return (min_lr + (base_lr - min_lr) * cosine) / base_lr

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, factor)
    lrs = []
    for _ in range(epochs):
        for start in range(0, n, batch_size):
            xb, yb = X[start:start + batch_size], y[start:start + batch_size]
            lrs.append(optimizer.param_groups[0]["lr"])
            optimizer.zero_grad()
            loss_fn(model(xb), yb).backward()
            optimizer.step()
            scheduler.step()          # after optimizer.step(), once per step, not per epoch
    return {"lrs": lrs, "weight": model.weight.detach(), "bias": model.bias.detach()}
