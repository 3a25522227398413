# Mistake: stops on the training loss, which keeps falling while the model overfits.
import copy

import torch
from torch import nn


def train_with_early_stopping(X_train, y_train, X_val, y_val, W0, b0, lr, max_epochs, patience):
    k, d = W0.shape
    model = nn.Linear(d, k)
    with torch.no_grad():
        model.weight.copy_(W0)
        model.bias.copy_(b0)
    loss_fn = nn.MSELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)

    best_loss, best_epoch, best_state = float("inf"), 0, None
    bad_epochs, val_losses = 0, []
    for epoch in range(1, max_epochs + 1):
        model.train()
        optimizer.zero_grad()
        train_loss = loss_fn(model(X_train), y_train)
        train_loss.backward()
        optimizer.step()

        model.eval()
        with torch.no_grad():
            val_loss = loss_fn(model(X_val), y_val).item()
        val_losses.append(val_loss)

        if train_loss.item() < best_loss:                    # strictly better: ties do not count
            best_loss, best_epoch, bad_epochs = train_loss.item(), epoch, 0
            best_state = copy.deepcopy(model.state_dict())
        else:
            bad_epochs += 1
            if bad_epochs >= patience:
                break

    model.load_state_dict(best_state)
    return {
        "best_epoch": best_epoch,
        "epochs_run": len(val_losses),
        "val_losses": val_losses,
        "weight": model.weight.detach(),
        "bias": model.bias.detach(),
    }
