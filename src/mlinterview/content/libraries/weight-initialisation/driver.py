"""Driver for weight-initialisation: build a model from the case's layer list, set every
parameter to 7.0, let the learner re-initialise it and return every parameter by name."""
from collections import OrderedDict

import torch
from torch import nn


class Head(nn.Linear):
    """A subclass of nn.Linear, as task heads and quantisable linear layers are."""


def _build(spec):
    kind, *a = spec
    if kind == "seq":
        return nn.Sequential(*[_build(s) for s in a[0]])
    if kind == "named":
        return nn.Sequential(OrderedDict((name, _build(s)) for name, s in a[0]))
    makers = {
        "linear": lambda i, o, b: nn.Linear(i, o, bias=b),
        "head": lambda i, o, b: Head(i, o, bias=b),
        "conv1d": lambda i, o, k, b: nn.Conv1d(i, o, k, bias=b),
        "conv2d": lambda i, o, k, b: nn.Conv2d(i, o, k, bias=b),
        "bn1d": lambda n: nn.BatchNorm1d(n),
        "bn2d": lambda n: nn.BatchNorm2d(n),
        "ln": lambda n: nn.LayerNorm(n),
        "relu": lambda: nn.ReLU(),
        "flatten": lambda: nn.Flatten(),
    }
    return makers[kind](*a)


def drive(learner, layers, seed):
    model = nn.Sequential(*[_build(s) for s in layers])
    with torch.no_grad():
        for p in model.parameters():
            p.fill_(7.0)
    learner.initialise(model, seed)
    return {name: p.detach().clone() for name, p in model.named_parameters()}
