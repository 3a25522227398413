import torch.nn.functional as F


def losses(tag_logits, tags, pad_tag, flag_logits, flags):
    C = tag_logits.shape[-1]
    flat_logits = tag_logits.reshape(-1, C)
    flat_tags = tags.reshape(-1)
    keep = flat_tags != pad_tag
    tagging = F.cross_entropy(flat_logits[keep], flat_tags[keep])
    accuracy = (flat_logits[keep].argmax(dim=1) == flat_tags[keep]).float().mean()
    binary = F.binary_cross_entropy_with_logits(flag_logits.reshape(-1), flags.to(flag_logits.dtype))
    return {"tagging_loss": float(tagging), "tag_accuracy": float(accuracy), "binary_loss": float(binary)}
