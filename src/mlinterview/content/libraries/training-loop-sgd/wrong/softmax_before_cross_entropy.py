# Wrong: applies softmax to the scores before nn.CrossEntropyLoss, which already applies
# log-softmax: the loss is computed on probabilities and the gradients shrink.
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
        total = 0.0
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            optimizer.zero_grad()
            probs = torch.softmax(model(X_train[idx]), dim=1)
            loss = loss_fn(probs, y_train[idx])
            loss.backward()
            optimizer.step()
            total += loss.item() * len(idx)
        train_losses.append(total / n)
        model.eval()
        with torch.no_grad():
            val_losses.append(loss_fn(torch.softmax(model(X_val), dim=1), y_val).item())
    return {"train_losses": train_losses, "val_losses": val_losses}
