# Mistake: clears the gradients after backward() and before step(), so the optimiser never sees a gradient.
import torch
from torch import nn


def train(X, y, W0, b0, lr, momentum, epochs, batch_size):
    k, d = W0.shape
    model = nn.Linear(d, k)
    with torch.no_grad():
        model.weight.copy_(W0)
        model.bias.copy_(b0)
    loss_fn = nn.MSELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)
    losses = []
    for _ in range(epochs):
        for start in range(0, len(X), batch_size):
            xb, yb = X[start:start + batch_size], y[start:start + batch_size]
            loss = loss_fn(model(xb), yb)
            loss.backward()
            optimizer.zero_grad()
            optimizer.step()
            losses.append(loss.item())
    return {"losses": losses, "weight": model.weight.detach(), "bias": model.bias.detach()}
