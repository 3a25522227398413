# Mistake: masks the per-token losses but averages over every position, padding included.
import torch
from torch import nn


def losses(tag_logits, tags, pad_tag, flag_logits, flags):
    real = tags != pad_tag
    per_token = nn.CrossEntropyLoss(reduction="none")(tag_logits.permute(0, 2, 1), tags.clamp(min=0))
    tagging = (per_token * real).mean()
    correct = (tag_logits.argmax(dim=-1) == tags) & real
    tag_accuracy = correct.sum().float() / real.sum()

    binary = nn.BCEWithLogitsLoss()(flag_logits, flags.reshape(-1, 1).float())
    return {"tagging_loss": tagging.item(), "tag_accuracy": tag_accuracy.item(), "binary_loss": binary.item()}
