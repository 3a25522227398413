# Correct: with the backbone frozen and in eval mode its output never changes, so compute the
# features once under no_grad and train the head on them (the usual trick for linear probing).
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
    snapshot = {k: v.clone() for k, v in model.state_dict().items()}
    model.backbone.requires_grad_(False)
    model.backbone.eval()
    with torch.no_grad():
        feats = model.backbone(X)
    opt = torch.optim.SGD(model.head.parameters(), lr=lr, momentum=momentum)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model.head(feats), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    state = model.state_dict()
    return {
        "trainable": sorted(n for n, p in model.named_parameters() if p.requires_grad),
        "changed": sorted(k for k, v in state.items() if not torch.equal(v, snapshot[k])),
        "losses": losses,
        "head_weight": model.head.weight.detach(),
        "head_bias": model.head.bias.detach(),
    }
