import torch


def train_with_early_stopping(X_train, y_train, X_val, y_val, W0, b0, lr, max_epochs, patience):
    k, d = W0.shape
    model = torch.nn.Linear(d, k)
    with torch.no_grad():
        model.weight.copy_(W0)
        model.bias.copy_(b0)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    best, best_epoch, best_state, waited, history = None, 0, None, 0, []
    for epoch in range(1, max_epochs + 1):
        optimizer.zero_grad()
        ((model(X_train) - y_train) ** 2).mean().backward()
        optimizer.step()
        with torch.no_grad():
            val = ((model(X_val) - y_val) ** 2).mean().item()
        history.append(val)
        if best is None or val < best:
            best, best_epoch, waited = val, epoch, 0
            best_state = {name: t.detach().clone() for name, t in model.state_dict().items()}
        else:
            waited += 1
            if waited == patience:
                break
    model.load_state_dict(best_state)
    return {"best_epoch": best_epoch, "epochs_run": len(history), "val_losses": history,
            "weight": model.weight.detach(), "bias": model.bias.detach()}
