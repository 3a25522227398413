import io

import torch


def save_checkpoint(model, optimizer, step):
    with io.BytesIO() as f:
        torch.save([step, model.state_dict(), optimizer.state_dict()], f)
        return f.getvalue()


def load_checkpoint(data, model, optimizer):
    step, model_state, optimizer_state = torch.load(io.BytesIO(data), weights_only=True)
    model.load_state_dict(model_state)
    optimizer.load_state_dict(optimizer_state)
    return int(step)
