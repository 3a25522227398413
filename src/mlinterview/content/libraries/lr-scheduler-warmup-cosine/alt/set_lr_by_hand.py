import math

import torch


def train_with_schedule(X, y, W0, b0, base_lr, min_lr, warmup_steps, epochs, batch_size):
    n = X.shape[0]
    k, d = W0.shape
    model = torch.nn.Linear(d, k)
    with torch.no_grad():
        model.weight.copy_(W0)
        model.bias.copy_(b0)
    optimizer = torch.optim.SGD(model.parameters(), lr=base_lr)
    total = epochs * math.ceil(n / batch_size)
    lrs = []
    t = 0
    for _ in range(epochs):
        for start in range(0, n, batch_size):
            if t < warmup_steps:
                lr = base_lr * (t + 1) / warmup_steps
            else:
                p = (t - warmup_steps) / (total - warmup_steps)
                lr = min_lr + (base_lr - min_lr) * 0.5 * (1 + math.cos(math.pi * p))
            for group in optimizer.param_groups:
                group["lr"] = lr
            lrs.append(lr)
            optimizer.zero_grad()
            loss = ((model(X[start:start + batch_size]) - y[start:start + batch_size]) ** 2).mean()
            loss.backward()
            optimizer.step()
            t += 1
    return {"lrs": lrs, "weight": model.weight.detach(), "bias": model.bias.detach()}
