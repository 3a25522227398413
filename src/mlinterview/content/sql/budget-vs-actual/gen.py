"""Seeded larger datasets: overlapping but different sets of departments."""

import random


def generate():
    rng = random.Random(21)
    for n_departments, n_expenses in ((8, 30), (120, 5000)):
        names = [f"dept {i:03d}" for i in range(n_departments)]
        budgeted = sorted(rng.sample(names, len(names) * 5 // 6))  # 100 of 120 at the largest
        spending = [d for d in names if rng.random() < 0.7] or names[:1]
        budgets = [[d, rng.randrange(1, 100) * 100] for d in budgeted]
        expenses = [[i, rng.choice(spending), rng.randrange(5, 900)] for i in range(1, n_expenses + 1)]
        yield f"random-{n_expenses}", {"budgets": budgets, "expenses": expenses}
