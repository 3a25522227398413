# Wrong: skips the normalisation layers on the grounds that they start at ones and zeros;
# a trained model's norm layers keep their trained values.
import torch
from torch import nn


def initialise(model, seed):
    def fn(m):
        if isinstance(m, nn.Linear):
            nn.init.xavier_uniform_(m.weight)
            if m.bias is not None:
                nn.init.zeros_(m.bias)
        elif isinstance(m, (nn.Conv1d, nn.Conv2d)):
            nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            if m.bias is not None:
                nn.init.zeros_(m.bias)

    torch.manual_seed(seed)
    model.apply(fn)
