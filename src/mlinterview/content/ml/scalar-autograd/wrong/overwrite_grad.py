# Wrong: assigns (=) gradients instead of accumulating (+=) them, so a node used more than once
# keeps only the contribution of the last use.
import math


def backprop(nodes):
    vals, parents = [], []
    for op, *rest in nodes:
        if op == "leaf":
            vals.append(float(rest[0])); parents.append([])
        elif op == "add":
            i, j = rest; vals.append(vals[i] + vals[j]); parents.append([(i, 1.0), (j, 1.0)])
        elif op == "mul":
            i, j = rest; vals.append(vals[i] * vals[j]); parents.append([(i, vals[j]), (j, vals[i])])
        elif op == "pow":
            i, p = rest; vals.append(vals[i] ** p); parents.append([(i, p * vals[i] ** (p - 1))])
        elif op == "tanh":
            t = math.tanh(vals[rest[0]]); vals.append(t); parents.append([(rest[0], 1 - t * t)])
        elif op == "relu":
            a = vals[rest[0]]; vals.append(max(a, 0.0)); parents.append([(rest[0], 1.0 if a > 0 else 0.0)])
        else:
            e = math.exp(vals[rest[0]]); vals.append(e); parents.append([(rest[0], e)])
    grads = [0.0] * len(nodes)
    grads[-1] = 1.0
    for k in range(len(nodes) - 1, -1, -1):
        for i, local in parents[k]:
            grads[i] = grads[k] * local
    return vals, grads
