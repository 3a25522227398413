import torch


def masked_pool(sequences, d):
    """Pad to (B, T, d) with zeros; return padded, mask (B, T), and the masked mean and max (B, d).

    An empty sequence pools to zeros.
    """
    return {"padded": None, "mask": None, "mean": None, "max": None}
