"""Normal MLE from grouped data with plain Python: the weighted mean and the weighted mean
squared deviation, each a math.fsum (exactly rounded) over the groups."""
import math


def normal_mle(values, counts):
    xs = [float(v) for v in values.tolist()]
    cs = [float(c) for c in counts.tolist()]
    total = math.fsum(cs)
    mu = math.fsum(c * x for c, x in zip(cs, xs)) / total
    var = math.fsum(c * (x - mu) ** 2 for c, x in zip(cs, xs)) / total
    return [mu, var]
