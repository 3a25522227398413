import torch


def train_with_early_stopping(X_train, y_train, X_val, y_val, W0, b0, lr, max_epochs, patience):
    """Full-batch SGD on nn.Linear with MSELoss, stopped early on the validation loss.

    Returns {"best_epoch": int, "epochs_run": int, "val_losses": [...],
             "weight": (k, d) restored best, "bias": (k,) restored best}.
    """
    pass
