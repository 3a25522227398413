# Correct: forward saves the slope tensor itself (computed once), backward only multiplies.
import torch


class LeakyHardTanh(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, alpha):
        inside = (x >= -1) & (x <= 1)
        slope = torch.where(inside, 1.0, alpha).to(x.dtype)
        ctx.save_for_backward(slope)
        return torch.where(x > 1, 1 + alpha * (x - 1), torch.where(x < -1, -1 + alpha * (x + 1), x))

    @staticmethod
    def backward(ctx, grad_output):
        (slope,) = ctx.saved_tensors
        return grad_output * slope, None
