import io

import torch


def save_checkpoint(model, optimizer, step):
    buffer = io.BytesIO()
    # Both state_dicts: the model's holds parameters *and* buffers (BatchNorm's running
    # statistics); the optimiser's holds Adam's moment estimates and step counts, plus its
    # hyper-parameters. The step tells the training loop where to pick up.
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "step": step}, buffer)
    return buffer.getvalue()


def load_checkpoint(data, model, optimizer):
    checkpoint = torch.load(io.BytesIO(data))
    model.load_state_dict(checkpoint["model"])
    optimizer.load_state_dict(checkpoint["optimizer"])   # into the optimiser the caller uses
    return checkpoint["step"]
