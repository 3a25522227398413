import torch
from torch import nn


def losses(tag_logits, tags, pad_tag, flag_logits, flags):
    """Masked token cross-entropy, masked token accuracy, and sentence-level BCE with logits.

    Returns {"tagging_loss": float, "tag_accuracy": float, "binary_loss": float}.
    """
    N, L, C = tag_logits.shape
    probs = torch.softmax(tag_logits, dim=-1)
    tagging_loss = nn.CrossEntropyLoss()(probs.view(N, C, L), tags.clamp(min=0))
    tag_accuracy = (tag_logits.argmax(-1) == tags).float().mean()
    binary_loss = nn.BCEWithLogitsLoss()(torch.sigmoid(flag_logits).squeeze(), flags.float())
    return {"tagging_loss": tagging_loss.item(), "tag_accuracy": tag_accuracy.item(),
            "binary_loss": binary_loss.item()}
