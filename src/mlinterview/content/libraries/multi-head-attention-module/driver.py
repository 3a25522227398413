"""Driver for multi-head-attention-module: builds the learner's MultiHeadSelfAttention, loads
weights drawn from the case's seed into it (by the names the statement fixes), and runs one
forward pass in eval mode with the case's masks."""
import torch

NAMES = ("q_proj", "k_proj", "v_proj", "out_proj")


def _weights(embed_dim, seed):
    generator = torch.Generator().manual_seed(seed)
    state = {}
    for name in NAMES:
        bound = embed_dim ** -0.5
        state[f"{name}.weight"] = (torch.rand(embed_dim, embed_dim, generator=generator) * 2 - 1) * bound
        state[f"{name}.bias"] = (torch.rand(embed_dim, generator=generator) * 2 - 1) * bound
    return state


def drive(learner, x, embed_dim, num_heads, seed, causal, lengths):
    model = learner.MultiHeadSelfAttention(embed_dim, num_heads)
    shapes = sorted([name, list(t.shape)] for name, t in model.state_dict().items())
    model.load_state_dict(_weights(embed_dim, seed))
    model.eval()
    mask = None
    if lengths is not None:
        mask = torch.arange(x.shape[1])[None, :] >= torch.tensor(lengths)[:, None]
    with torch.no_grad():
        out = model(x, key_padding_mask=mask, causal=causal)
    if not isinstance(out, torch.Tensor):
        raise TypeError(f"forward must return a tensor, got {type(out).__name__}")
    return {"output": out, "state_dict_shapes": shapes}
