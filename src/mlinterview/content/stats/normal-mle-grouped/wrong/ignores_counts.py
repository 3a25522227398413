# Wrong: treats each distinct value as a single reading, ignoring how often it occurred.
import numpy as np


def normal_mle(values, counts):
    x = np.asarray(values, float)
    return [float(x.mean()), float(x.var())]
