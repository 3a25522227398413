# Wrong: tests the interval with strict inequalities, so at exactly x = -1 and x = 1 the
# gradient is alpha instead of the stated 1.
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
        inside = (x > -1.0) & (x < 1.0)
        slope = torch.where(inside, torch.ones_like(x), torch.full_like(x, ctx.alpha))
        return grad_output * slope, None
