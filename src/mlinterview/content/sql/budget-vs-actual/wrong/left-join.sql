-- A LEFT JOIN from budgets loses departments that spent money without a budget.
WITH spent AS (SELECT department, SUM(amount) AS spent FROM expenses GROUP BY department)
SELECT b.department, b.budget, COALESCE(s.spent, 0) AS spent, b.budget - COALESCE(s.spent, 0) AS remaining
FROM budgets AS b
LEFT JOIN spent AS s ON s.department = b.department;
