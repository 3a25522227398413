import math


class Value:
    """A scalar that remembers how it was computed, so gradients can flow back through it."""

    def __init__(self, data, parents=()):
        self.data = data
        self.grad = 0.0
        self._parents = parents
        self._backward = lambda: None  # pushes self.grad into the parents' grads

    def __add__(self, other):
        out = Value(self.data + other.data, (self, other))

        def _backward():
            # d(a + b)/da = d(a + b)/db = 1. Accumulate (+=): a node may feed several others,
            # and a + a must give 2.
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        out = Value(self.data * other.data, (self, other))

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __pow__(self, exponent):  # exponent is a plain number, not a Value
        out = Value(self.data ** exponent, (self,))

        def _backward():
            self.grad += exponent * self.data ** (exponent - 1) * out.grad
        out._backward = _backward
        return out

    def tanh(self):
        t = math.tanh(self.data)  # the library tanh saturates to +-1 instead of overflowing
        out = Value(t, (self,))

        def _backward():
            self.grad += (1.0 - t * t) * out.grad
        out._backward = _backward
        return out

    def relu(self):
        out = Value(self.data if self.data > 0 else 0.0, (self,))

        def _backward():
            self.grad += (1.0 if self.data > 0 else 0.0) * out.grad  # relu'(0) = 0
        out._backward = _backward
        return out

    def exp(self):
        e = math.exp(self.data)
        out = Value(e, (self,))

        def _backward():
            self.grad += e * out.grad  # d exp(x)/dx = exp(x), reuse the forward value
        out._backward = _backward
        return out

    def backward(self):
        # Topological order by an iterative depth-first search (deep graphs would overflow a
        # recursive one): every node comes after all the nodes it was computed from.
        order, visited, stack = [], set(), [(self, False)]
        while stack:
            node, expanded = stack.pop()
            if expanded:
                order.append(node)
            elif id(node) not in visited:
                visited.add(id(node))
                stack.append((node, True))
                stack.extend((p, False) for p in node._parents)
        # Walk it backwards: a node's grad is complete before it is pushed to its parents.
        self.grad = 1.0
        for node in reversed(order):
            node._backward()


def backprop(nodes):
    values = []
    for op, *rest in nodes:
        if op == "leaf":
            v = Value(float(rest[0]))
        elif op == "add":
            v = values[rest[0]] + values[rest[1]]
        elif op == "mul":
            v = values[rest[0]] * values[rest[1]]
        elif op == "pow":
            v = values[rest[0]] ** rest[1]
        else:  # "tanh", "relu", "exp"
            v = getattr(values[rest[0]], op)()
        values.append(v)
    values[-1].backward()
    return [v.data for v in values], [v.grad for v in values]
