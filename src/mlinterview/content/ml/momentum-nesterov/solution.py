import numpy as np


def momentum_descent(A, b, w0, lr, momentum, nesterov, num_steps):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    w = np.array(w0, dtype=float)
    velocity = np.zeros_like(w)
    trajectory = [w.copy()]
    for _ in range(num_steps):
        grad = A @ w - b
        # The velocity is a decaying sum of past gradients: directions that keep agreeing add
        # up, oscillating ones cancel.
        velocity = momentum * velocity + grad
        if nesterov:
            # Look ahead: step with the gradient plus the velocity it is about to add to,
            # which damps overshooting (PyTorch's formulation of Nesterov momentum).
            step = grad + momentum * velocity
        else:
            step = velocity
        w = w - lr * step
        trajectory.append(w.copy())
    return np.array(trajectory)
