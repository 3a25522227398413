"""Mean and variance of the number of distinct faces after n throws of a fair d-sided die, by
following them throw by throw. With u = P(a given face is still unseen):
  u' = u (1 - 1/d),  mean = d (1 - u),
  Var' = Var (1 - 2/d) + (1 - u) u   (law of total variance over the next throw),
all terms non-negative, so nothing cancels."""


def distinct_faces(n, d):
    unseen = 1.0
    var = 0.0
    shrink = 1.0 - 2.0 / d if d >= 2 else 0.0
    keep = 1.0 - 1.0 / d
    for _ in range(n):
        # Var(D + B) = Var(E[D + B | D]) + E[Var(B | D)] with B ~ Bernoulli(1 - D/d):
        # (1 - 1/d)^2 Var - Var/d^2 + E[(D/d)(1 - D/d)] = Var (1 - 2/d) + (1 - u) u.
        var = var * shrink + (1.0 - unseen) * unseen
        unseen *= keep
    return [d * (1.0 - unseen), var]
