# Plain and correct, by another formula: no velocity variable. Each step repeats a share m of
# the previous move (w_t - w_{t-1} = -lr * previous step), so
#   heavy ball:  w_{t+1} = w_t + m (w_t - w_{t-1}) - lr g_t
#   Nesterov:    w_{t+1} = w_t + m (w_t - w_{t-1}) - lr (g_t + m (g_t - g_{t-1}))
# starting from w_{-1} = w_0 and g_{-1} = 0.
import numpy as np


def momentum_descent(A, b, w0, lr, momentum, nesterov, num_steps):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    path = np.empty((num_steps + 1, len(b)))
    path[0] = w0
    previous_w = path[0]
    previous_g = np.zeros(len(b))
    for t in range(num_steps):
        w = path[t]
        g = A @ w - b
        move = g + momentum * (g - previous_g) if nesterov else g
        path[t + 1] = w + momentum * (w - previous_w) - lr * move
        previous_w, previous_g = w, g
    return path
