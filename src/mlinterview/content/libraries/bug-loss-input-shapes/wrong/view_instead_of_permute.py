# Mistake: reshapes (N, L, C) to (N, C, L) with view(), which regroups the numbers instead of moving the class axis.
import torch
from torch import nn


def losses(tag_logits, tags, pad_tag, flag_logits, flags):
    tagging = nn.CrossEntropyLoss(ignore_index=pad_tag)(tag_logits.view(tag_logits.shape[0], tag_logits.shape[2], tag_logits.shape[1]), tags)

    real = tags != pad_tag
    correct = (tag_logits.argmax(dim=-1) == tags) & real
    tag_accuracy = correct.sum().float() / real.sum()

    binary = nn.BCEWithLogitsLoss()(flag_logits, flags.reshape(-1, 1).float())
    return {"tagging_loss": tagging.item(), "tag_accuracy": tag_accuracy.item(), "binary_loss": binary.item()}
