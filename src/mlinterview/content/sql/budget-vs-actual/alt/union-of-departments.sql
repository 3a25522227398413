-- Every department named in either table, then its budget and its spending looked up one at
-- a time; a missing budget or no expenses becomes 0.
WITH departments AS (
    SELECT department FROM budgets
    UNION
    SELECT department FROM expenses
),
figures AS (
    SELECT
        d.department,
        COALESCE((SELECT b.budget FROM budgets AS b WHERE b.department = d.department), 0) AS budget,
        COALESCE((SELECT SUM(e.amount) FROM expenses AS e WHERE e.department = d.department), 0) AS spent
    FROM departments AS d
)
SELECT department, budget, spent, budget - spent AS remaining
FROM figures;
