import torch


def lr_histories(metrics, base_lr, step_size, gamma, mode, factor, patience, threshold, min_lr):
    """Replay StepLR and ReduceLROnPlateau over the epochs' metrics.

    Returns {"step_lr": [rate of each epoch], "plateau": [rate of each epoch]}.
    """
    pass
