# Wrong: reports the epoch's training loss as the mean of the batch losses, which over-weights
# a smaller last batch.
import torch
from torch import nn


def train_model(X_train, y_train, X_val, y_val, init, orders, batch_size, lr, momentum):
    d, h, c = X_train.shape[1], len(init["0.bias"]), len(init["3.bias"])
    model = nn.Sequential(nn.Linear(d, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Linear(h, c))
    model.load_state_dict({k: torch.tensor(v, dtype=torch.float32) for k, v in init.items()})
    optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)
    loss_fn = nn.CrossEntropyLoss()
    n = len(X_train)
    train_losses, val_losses = [], []
    for order in orders:
        order = torch.as_tensor(order)
        model.train()
        batch_losses = []
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            optimizer.zero_grad()
            loss = loss_fn(model(X_train[idx]), y_train[idx])
            loss.backward()
            optimizer.step()
            batch_losses.append(loss.item())
        train_losses.append(sum(batch_losses) / len(batch_losses))
        model.eval()
        with torch.no_grad():
            val_losses.append(loss_fn(model(X_val), y_val).item())
    return {"train_losses": train_losses, "val_losses": val_losses}
