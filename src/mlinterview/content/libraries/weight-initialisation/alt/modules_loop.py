# Correct: a loop over model.modules() (parents first) instead of model.apply; the layers that
# draw random numbers are met in the same order, so the draws are the same.
import torch
from torch import nn

NORMS = (nn.BatchNorm1d, nn.BatchNorm2d, nn.LayerNorm)


def initialise(model, seed):
    torch.manual_seed(seed)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight)
            elif isinstance(m, (nn.Conv1d, nn.Conv2d)):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            elif isinstance(m, NORMS):
                m.weight.fill_(1.0)
            else:
                continue
            if m.bias is not None:
                m.bias.zero_()
