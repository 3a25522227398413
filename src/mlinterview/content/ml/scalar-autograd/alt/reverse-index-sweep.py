# Plain and correct, without a graph object: the nodes already come in evaluation order, so
# the values are one forward pass over the list and the gradients one backward pass over the
# indices, last to first, each node adding its local derivative times its own gradient to its
# inputs. No topological sort is needed.
import math


def backprop(nodes):
    values = []
    for node in nodes:
        op = node[0]
        if op == "leaf":
            values.append(float(node[1]))
        elif op == "add":
            values.append(values[node[1]] + values[node[2]])
        elif op == "mul":
            values.append(values[node[1]] * values[node[2]])
        elif op == "pow":
            values.append(values[node[1]] ** node[2])
        elif op == "tanh":
            values.append(math.tanh(values[node[1]]))
        elif op == "relu":
            values.append(max(values[node[1]], 0.0))
        else:
            values.append(math.exp(values[node[1]]))
    grads = [0.0] * len(nodes)
    grads[-1] = 1.0
    for k in range(len(nodes) - 1, -1, -1):
        op, g = nodes[k][0], grads[k]
        if op == "leaf" or g == 0.0:
            continue
        a = nodes[k][1]
        if op == "add":
            grads[a] += g
            grads[nodes[k][2]] += g
        elif op == "mul":
            b = nodes[k][2]
            grads[a] += values[b] * g
            grads[b] += values[a] * g
        elif op == "pow":
            p = nodes[k][2]
            grads[a] += p * values[a] ** (p - 1) * g
        elif op == "tanh":
            grads[a] += (1.0 - values[k] ** 2) * g
        elif op == "relu":
            grads[a] += g if values[a] > 0 else 0.0
        else:
            grads[a] += values[k] * g
    return values, grads
