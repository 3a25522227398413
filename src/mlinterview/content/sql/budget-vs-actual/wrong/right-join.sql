-- A RIGHT JOIN keeps every department that spent, but loses budgets nobody spent from.
WITH spent AS (SELECT department, SUM(amount) AS spent FROM expenses GROUP BY department)
SELECT s.department, COALESCE(b.budget, 0) AS budget, s.spent, COALESCE(b.budget, 0) - s.spent AS remaining
FROM budgets AS b
RIGHT JOIN spent AS s ON s.department = b.department;
