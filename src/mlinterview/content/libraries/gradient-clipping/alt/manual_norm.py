import torch
from torch import nn


def clipped_training(X, y, W0, b0, lr, max_norm, steps):
    k, d = W0.shape
    model = nn.Linear(d, k)
    with torch.no_grad():
        model.weight.copy_(W0)
        model.bias.copy_(b0)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    norms = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = ((model(X.float()) - y.float()) ** 2).mean()
        loss.backward()
        grads = [p.grad for p in model.parameters()]
        norm = torch.sqrt(sum((g ** 2).sum() for g in grads))
        scale = min(1.0, max_norm / (norm.item() + 1e-6))
        for g in grads:
            g.mul_(scale)
        norms.append(norm.item())
        optimizer.step()
    return {"norms": norms, "weight": model.weight.detach(), "bias": model.bias.detach()}
