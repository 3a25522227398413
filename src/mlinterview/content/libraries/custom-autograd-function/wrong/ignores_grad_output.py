# Wrong: returns the local derivative f'(x) alone and forgets to multiply by grad_output
# (the chain rule), so the upstream gradient is lost.
import torch


class LeakyHardTanh(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, alpha):
        ctx.save_for_backward(x)
        ctx.alpha = alpha
        clipped = x.clamp(-1.0, 1.0)
        return clipped + alpha * (x - clipped)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        inside = (x >= -1.0) & (x <= 1.0)
        return torch.where(inside, torch.ones_like(x), torch.full_like(x, ctx.alpha)), None
