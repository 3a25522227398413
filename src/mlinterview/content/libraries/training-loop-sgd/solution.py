import torch
from torch import nn


def train_model(X_train, y_train, X_val, y_val, init, orders, batch_size, lr, momentum):
    d, h, c = X_train.shape[1], len(init["0.bias"]), len(init["3.bias"])
    model = nn.Sequential(nn.Linear(d, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Linear(h, c))
    # init holds every state_dict entry, BatchNorm's running statistics included.
    model.load_state_dict({k: torch.tensor(v) for k, v in init.items()})

    optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)
    loss_fn = nn.CrossEntropyLoss()  # takes raw scores: it applies log-softmax itself
    n = len(X_train)
    train_losses, val_losses = [], []
    for order in orders:
        order = torch.as_tensor(order, dtype=torch.long)
        # Training mode: BatchNorm normalises with the batch's own statistics and updates its
        # running averages. Set it every epoch: the validation below switches it off.
        model.train()
        total = 0.0
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            optimizer.zero_grad()  # gradients accumulate in .grad unless cleared
            loss = loss_fn(model(X_train[idx]), y_train[idx])
            loss.backward()
            optimizer.step()
            total += loss.item() * len(idx)  # weight by rows: the last batch may be smaller
        train_losses.append(total / n)

        # Evaluation mode: BatchNorm uses (and no longer updates) its running averages.
        model.eval()
        with torch.no_grad():  # no graph is built: less memory, and nothing to backpropagate
            val_losses.append(loss_fn(model(X_val), y_val).item())
    return {"train_losses": train_losses, "val_losses": val_losses}
