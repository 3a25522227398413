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

    # requires_grad=False: autograd computes no gradient for these tensors, so no optimiser
    # can move them.
    for p in model.backbone.parameters():
        p.requires_grad_(False)
    # ... but BatchNorm's running statistics are buffers, updated by the forward pass itself in
    # training mode. Evaluation mode keeps them at their pretrained values.
    model.train()
    model.backbone.eval()

    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.SGD(trainable, lr=lr, momentum=momentum)
    loss_fn = nn.CrossEntropyLoss()
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = loss_fn(model(X), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())

    after = model.state_dict()
    return {
        "trainable": sorted(n for n, p in model.named_parameters() if p.requires_grad),
        "changed": sorted(k for k in after if not torch.equal(after[k], before[k])),
        "losses": losses,
        "head_weight": model.head.weight.detach(),
        "head_bias": model.head.bias.detach(),
    }
