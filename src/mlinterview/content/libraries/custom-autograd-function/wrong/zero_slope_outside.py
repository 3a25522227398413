# Wrong: copies the backward of the plain hard tanh, whose gradient is 0 outside [-1, 1],
# instead of alpha.
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
        return grad_output * inside.to(grad_output.dtype), None
