"""Driver for checkpoint-save-resume: trains, checkpoints with the learner's save_checkpoint,
rebuilds everything from scratch (other initial weights, a new optimiser), restores with the
learner's load_checkpoint, and finishes the run. The answer is what an uninterrupted run gives."""
import torch
from torch import nn

HIDDEN = 6


def _build(d, seed):
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(d, HIDDEN), nn.BatchNorm1d(HIDDEN), nn.Tanh(), nn.Linear(HIDDEN, 1))


def _step(model, optimizer, X, y):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    optimizer.step()
    return loss.item()


def drive(learner, X, y, seed, lr, total_steps, resume_at):
    y = y.reshape(-1, 1)
    model = _build(X.shape[1], seed)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    losses = [_step(model, optimizer, X, y) for _ in range(resume_at)]

    data = learner.save_checkpoint(model, optimizer, resume_at)
    if not isinstance(data, bytes):
        raise TypeError(f"save_checkpoint must return bytes, got {type(data).__name__}")
    del model, optimizer

    # A new process: the same code builds the model (with different random weights, since
    # nothing was seeded the same way) and a fresh optimiser, then restores the checkpoint.
    model = _build(X.shape[1], seed + 1)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    start = learner.load_checkpoint(data, model, optimizer)
    if isinstance(start, bool) or not isinstance(start, int):
        raise TypeError(f"load_checkpoint must return the step as an int, got {type(start).__name__}")
    model.train()
    losses += [_step(model, optimizer, X, y) for _ in range(start, total_steps)]
    return {
        "resumed_at": start,
        "losses": losses,
        "state": {name: t.detach().clone() for name, t in model.state_dict().items()},
    }
