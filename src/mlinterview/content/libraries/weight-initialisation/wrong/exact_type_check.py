# Wrong: dispatches on type(m) is nn.Linear, which skips subclasses of nn.Linear (the Head).
import torch
from torch import nn


def initialise(model, seed):
    def fn(m):
        if type(m) is nn.Linear:
            nn.init.xavier_uniform_(m.weight)
            if m.bias is not None:
                nn.init.zeros_(m.bias)
        elif type(m) in (nn.Conv1d, nn.Conv2d):
            nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            if m.bias is not None:
                nn.init.zeros_(m.bias)
        elif type(m) in (nn.BatchNorm1d, nn.BatchNorm2d, nn.LayerNorm):
            nn.init.ones_(m.weight)
            nn.init.zeros_(m.bias)

    torch.manual_seed(seed)
    model.apply(fn)
