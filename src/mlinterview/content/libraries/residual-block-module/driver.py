"""Driver for residual-block-module: build the learner's block, load the case's weights, run it
in evaluation mode and take the gradient of the summed output with respect to the input."""
import torch


def drive(learner, in_features, out_features, state_dict, x):
    model = learner.ResidualBlock(in_features, out_features)
    own = model.state_dict()
    names = [[name, list(own[name].shape)] for name in sorted(own)]
    weights = {name: torch.tensor(value, dtype=torch.float32) for name, value in state_dict.items()}
    if sorted(own) != sorted(weights) or any(own[k].shape != weights[k].shape for k in weights):
        return {"state_dict": names, "output": None, "input_grad": None}
    model.load_state_dict(weights)
    model.eval()
    x = x.to(torch.float32)
    with torch.no_grad():
        out = model(x)
    xg = x.clone().requires_grad_(True)
    model(xg).sum().backward()
    return {"state_dict": names, "output": out, "input_grad": xg.grad}
