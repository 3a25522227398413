# Mistake: saves model.parameters() instead of the state_dict, so BatchNorm's running statistics (buffers) are lost.
import io

import torch


def save_checkpoint(model, optimizer, step):
    buffer = io.BytesIO()
    params = [p.detach().clone() for p in model.parameters()]
    torch.save({"params": params, "optimizer": optimizer.state_dict(), "step": step}, buffer)
    return buffer.getvalue()


def load_checkpoint(data, model, optimizer):
    checkpoint = torch.load(io.BytesIO(data))
    with torch.no_grad():
        for p, saved in zip(model.parameters(), checkpoint["params"]):
            p.copy_(saved)
    optimizer.load_state_dict(checkpoint["optimizer"])
    return checkpoint["step"]
