import math

import torch
from torch import nn


class MultiHeadSelfAttention(nn.Module):
    def __init__(self, embed_dim, num_heads):
        super().__init__()
        # Four nn.Linear(embed_dim, embed_dim) with bias, named q_proj, k_proj, v_proj, out_proj.

    def forward(self, x, key_padding_mask=None, causal=False):
        """x: (B, T, E); key_padding_mask: (B, T) bool, True = padding key; returns (B, T, E)."""
        raise NotImplementedError
