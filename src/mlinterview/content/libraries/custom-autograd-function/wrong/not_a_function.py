# Wrong: sidesteps the task with a plain class whose apply uses differentiable tensor ops, so
# autograd derives the gradient and no backward is ever written.
import torch


class LeakyHardTanh:
    @staticmethod
    def apply(x, alpha):
        clipped = x.clamp(-1.0, 1.0)
        return clipped + alpha * (x - clipped)
