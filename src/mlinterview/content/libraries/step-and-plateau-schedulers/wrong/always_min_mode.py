# Mistake: leaves ReduceLROnPlateau in its default mode 'min', so a rising accuracy looks like a plateau.
import torch


def lr_histories(metrics, base_lr, step_size, gamma, mode, factor, patience, threshold, min_lr):
    opt_step = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=base_lr)
    opt_plateau = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=base_lr)
    step_lr = torch.optim.lr_scheduler.StepLR(opt_step, step_size=step_size, gamma=gamma)
    plateau = torch.optim.lr_scheduler.ReduceLROnPlateau(
        opt_plateau, factor=factor, patience=patience,
        threshold=threshold, threshold_mode="rel", cooldown=0, min_lr=min_lr,
    )
    out = {"step_lr": [], "plateau": []}
    for metric in metrics:
        out["step_lr"].append(opt_step.param_groups[0]["lr"])
        out["plateau"].append(opt_plateau.param_groups[0]["lr"])
        opt_step.step()
        opt_plateau.step()
        step_lr.step()
        plateau.step(metric)
    return out
