"""Driver for embedding-bag-classifier: load weights into the learner's module, run it, then
take two training steps with the learner's train_step and return the updated parameters."""
import torch


def drive(learner, vocab_size, dim, num_classes, padding_idx, state_dict, tokens, labels, lr):
    model = learner.BagClassifier(vocab_size, dim, num_classes, padding_idx)
    own = model.state_dict()
    names = [[name, list(own[name].shape)] for name in sorted(own)]
    weights = {name: torch.tensor(value, dtype=torch.float32) for name, value in state_dict.items()}
    if sorted(own) != sorted(weights) or any(own[k].shape != weights[k].shape for k in weights):
        return {"state_dict": names, "logits": None, "losses": None, "after": None}
    model.load_state_dict(weights)
    tokens, labels = tokens.to(torch.long), labels.to(torch.long)
    model.eval()
    with torch.no_grad():
        logits = model(tokens)
    losses = [float(learner.train_step(model, tokens, labels, lr)) for _ in range(2)]
    after = {name: p.detach().clone() for name, p in model.named_parameters()}
    return {"state_dict": names, "logits": logits, "losses": losses, "after": after}
