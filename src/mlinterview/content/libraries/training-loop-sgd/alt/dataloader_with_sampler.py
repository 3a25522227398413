# Correct: a TensorDataset and a DataLoader whose sampler is the epoch's order; the epoch loss is
# a sum of per-row losses divided by n.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def train_model(X_train, y_train, X_val, y_val, init, orders, batch_size, lr, momentum):
    d, h, c = X_train.shape[1], len(init["0.bias"]), len(init["3.bias"])
    model = nn.Sequential(nn.Linear(d, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Linear(h, c))
    model.load_state_dict({k: torch.tensor(v) for k, v in init.items()})
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)
    data = TensorDataset(X_train, y_train)
    out = {"train_losses": [], "val_losses": []}
    for order in orders:
        model.train()
        summed = 0.0
        for xb, yb in DataLoader(data, batch_size=batch_size, sampler=list(order)):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(xb), yb)
            loss.backward()
            opt.step()
            summed += loss.item() * xb.shape[0]
        out["train_losses"].append(summed / len(data))
        model.eval()
        with torch.no_grad():
            per_row = nn.functional.cross_entropy(model(X_val), y_val, reduction="none")
            out["val_losses"].append(per_row.mean().item())
    return out
