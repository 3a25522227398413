# Wrong: freezes correctly but reports the loss after each step (a second forward pass) instead
# of the loss the step was computed from.
from collections import OrderedDict

import torch
from torch import nn


def finetune_head(init, X, y, steps, lr, momentum):
    d, h, c = X.shape[1], len(init["backbone.0.bias"]), len(init["head.bias"])
    model = nn.Sequential(OrderedDict(
        backbone=nn.Sequential(nn.Linear(d, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Linear(h, h), nn.ReLU()),
        head=nn.Linear(h, c),
    ))
    model.load_state_dict({k: torch.tensor(v) for k, v in init.items()})
    before = {k: v.clone() for k, v in model.state_dict().items()}
    for p in model.backbone.parameters():
        p.requires_grad = False
    model.eval()
    optimizer = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=lr, momentum=momentum)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(X), y).backward()
        optimizer.step()
        with torch.no_grad():
            losses.append(nn.functional.cross_entropy(model(X), y).item())
    after = model.state_dict()
    return {
        "trainable": sorted(n for n, p in model.named_parameters() if p.requires_grad),
        "changed": sorted(k for k in after if not torch.equal(after[k], before[k])),
        "losses": losses,
        "head_weight": model.head.weight.detach(),
        "head_bias": model.head.bias.detach(),
    }
