# Mistake: applies sigmoid before BCEWithLogitsLoss, which applies it again.
import torch
from torch import nn


def losses(tag_logits, tags, pad_tag, flag_logits, flags):
    tagging = nn.CrossEntropyLoss(ignore_index=pad_tag)(tag_logits.permute(0, 2, 1), tags)

    real = tags != pad_tag
    correct = (tag_logits.argmax(dim=-1) == tags) & real
    tag_accuracy = correct.sum().float() / real.sum()

    binary = nn.BCEWithLogitsLoss()(torch.sigmoid(flag_logits), flags.reshape(-1, 1).float())
    return {"tagging_loss": tagging.item(), "tag_accuracy": tag_accuracy.item(), "binary_loss": binary.item()}
