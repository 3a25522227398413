import torch


class LeakyHardTanh(torch.autograd.Function):
    """f(x) = x on [-1, 1], slope alpha outside; the gradient is 1 on [-1, 1] (ends included)."""

    @staticmethod
    def forward(ctx, x, alpha):
        pass

    @staticmethod
    def backward(ctx, grad_output):
        pass
