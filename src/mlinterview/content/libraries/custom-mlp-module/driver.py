"""Driver for custom-mlp-module: build the learner's MLP, load the case's weights, run it in
evaluation mode and in seeded training mode."""
import torch


def drive(learner, in_features, hidden_features, out_features, p, state_dict, x, seed):
    model = learner.MLP(in_features, hidden_features, out_features, p)
    own = model.state_dict()
    names = [[name, list(own[name].shape)] for name in sorted(own)]
    weights = {name: torch.tensor(value, dtype=torch.float32) for name, value in state_dict.items()}
    if sorted(own) != sorted(weights) or any(own[k].shape != weights[k].shape for k in weights):
        return {"state_dict": names, "eval_output": None, "train_output": None}
    model.load_state_dict(weights)
    x = x.to(torch.float32)
    model.eval()
    with torch.no_grad():
        eval_out = model(x)
    model.train()
    torch.manual_seed(seed)
    with torch.no_grad():
        train_out = model(x)
    return {"state_dict": names, "eval_output": eval_out, "train_output": train_out}
