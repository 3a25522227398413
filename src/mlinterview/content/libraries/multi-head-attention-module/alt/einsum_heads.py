import torch
from torch import nn


class MultiHeadSelfAttention(nn.Module):
    def __init__(self, embed_dim, num_heads):
        super().__init__()
        self.h = num_heads
        self.q_proj = nn.Linear(embed_dim, embed_dim)
        self.k_proj = nn.Linear(embed_dim, embed_dim)
        self.v_proj = nn.Linear(embed_dim, embed_dim)
        self.out_proj = nn.Linear(embed_dim, embed_dim)

    def forward(self, x, key_padding_mask=None, causal=False):
        B, T, E = x.shape
        d = E // self.h
        q = self.q_proj(x).reshape(B, T, self.h, d)
        k = self.k_proj(x).reshape(B, T, self.h, d)
        v = self.v_proj(x).reshape(B, T, self.h, d)
        scores = torch.einsum("bqhd,bkhd->bhqk", q, k) * d ** -0.5
        allowed = torch.ones(B, 1, T, T, dtype=torch.bool)
        if causal:
            allowed = allowed & torch.tril(torch.ones(T, T, dtype=torch.bool))
        if key_padding_mask is not None:
            allowed = allowed & ~key_padding_mask.reshape(B, 1, 1, T)
        scores = torch.where(allowed, scores, torch.tensor(float("-inf")))
        attn = scores.softmax(dim=-1)
        out = torch.einsum("bhqk,bkhd->bqhd", attn, v).reshape(B, T, E)
        return self.out_proj(out)
