# Mistake: builds a new optimiser inside load_checkpoint and restores that one; the caller's optimiser never gets the state.
import io

import torch


def save_checkpoint(model, optimizer, step):
    buffer = io.BytesIO()
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "step": step}, buffer)
    return buffer.getvalue()


def load_checkpoint(data, model, optimizer):
    checkpoint = torch.load(io.BytesIO(data))
    model.load_state_dict(checkpoint["model"])
    optimizer = torch.optim.Adam(model.parameters())
    optimizer.load_state_dict(checkpoint["optimizer"])
    return checkpoint["step"]
