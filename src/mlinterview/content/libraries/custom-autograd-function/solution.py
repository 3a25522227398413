import torch


class LeakyHardTanh(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, alpha):
        # Keep what backward needs: the input (as a tensor, through save_for_backward, which
        # checks it was not modified in place later) and the slope (a plain number on ctx).
        ctx.save_for_backward(x)
        ctx.alpha = alpha
        clipped = x.clamp(-1.0, 1.0)
        return clipped + alpha * (x - clipped)  # the part beyond +-1 is scaled by alpha

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        inside = (x >= -1.0) & (x <= 1.0)
        slope = torch.where(inside, torch.ones_like(x), torch.full_like(x, ctx.alpha))
        # Chain rule: dL/dx = dL/dy * dy/dx. One return value per forward input; alpha is a
        # float, so its gradient is None.
        return grad_output * slope, None
