# Wrong: the residual connections add the sub-layer output to the *normalised* input
# (LN(x) + f(LN(x))) instead of to the residual stream x.
import numpy as np


def layer_norm(x, gamma, beta, eps):
    # Per token, over the features; biased variance and eps inside the square root.
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta


def gelu_tanh(x):
    # The tanh approximation of x * Phi(x) (GPT-2, BERT's original code).
    return 0.5 * x * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (x + 0.044715 * x ** 3)))


def causal_self_attention(h, Wq, bq, Wk, bk, Wv, bv, Wo, bo, num_heads):
    B, L, E = h.shape
    d = E // num_heads

    def split(t):  # (B, L, E) -> (B, H, L, d)
        return t.reshape(B, L, num_heads, d).transpose(0, 2, 1, 3)

    q, k, v = split(h @ Wq.T + bq), split(h @ Wk.T + bk), split(h @ Wv.T + bv)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d)
    scores = np.where(np.tril(np.ones((L, L), dtype=bool)), scores, -np.inf)  # no peeking ahead
    scores -= scores.max(axis=-1, keepdims=True)
    w = np.exp(scores)
    w /= w.sum(axis=-1, keepdims=True)
    merged = (w @ v).transpose(0, 2, 1, 3).reshape(B, L, E)
    return merged @ Wo.T + bo


def transformer_block(x, ln1_gamma, ln1_beta, Wq, bq, Wk, bk, Wv, bv, Wo, bo,
                      ln2_gamma, ln2_beta, W1, b1, W2, b2, num_heads, eps):
    x = np.asarray(x, dtype=float)
    n1 = layer_norm(x, ln1_gamma, ln1_beta, eps)
    h = n1 + causal_self_attention(n1, Wq, bq, Wk, bk, Wv, bv, Wo, bo, num_heads)
    n2 = layer_norm(h, ln2_gamma, ln2_beta, eps)
    return n2 + gelu_tanh(n2 @ W1.T + b1) @ W2.T + b2
