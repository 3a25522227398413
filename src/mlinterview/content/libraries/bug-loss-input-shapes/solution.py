from torch import nn


def losses(tag_logits, tags, pad_tag, flag_logits, flags):
    # CrossEntropyLoss takes raw logits (it applies log-softmax itself) with the classes on
    # dimension 1: (N, L, C) -> (N, C, L). A view() would reinterpret memory and mix up the
    # numbers; permute() moves the axis. ignore_index drops padding from sum and count.
    tagging = nn.CrossEntropyLoss(ignore_index=pad_tag)(tag_logits.permute(0, 2, 1), tags)

    real = tags != pad_tag
    correct = (tag_logits.argmax(dim=-1) == tags) & real
    tag_accuracy = correct.sum().float() / real.sum()

    # One logit per sentence, shape (N, 1): the targets must have the same shape, as floats.
    # reshape (not squeeze) keeps a batch of one as (1, 1).
    binary = nn.BCEWithLogitsLoss()(flag_logits, flags.reshape(-1, 1).float())
    return {"tagging_loss": tagging.item(), "tag_accuracy": tag_accuracy.item(), "binary_loss": binary.item()}
