# Mistake: saves and restores only the model; Adam restarts with empty moments and step counts.
import io

import torch


def save_checkpoint(model, optimizer, step):
    buffer = io.BytesIO()
    torch.save({"model": model.state_dict(), "step": step}, buffer)
    return buffer.getvalue()


def load_checkpoint(data, model, optimizer):
    checkpoint = torch.load(io.BytesIO(data))
    model.load_state_dict(checkpoint["model"])
    return checkpoint["step"]
