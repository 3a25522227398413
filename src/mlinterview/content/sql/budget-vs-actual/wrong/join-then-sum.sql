-- Joins raw expense rows and then sums: each budget is added once per expense (fan-out).
SELECT
    COALESCE(b.department, e.department) AS department,
    COALESCE(SUM(b.budget), 0) AS budget,
    COALESCE(SUM(e.amount), 0) AS spent,
    COALESCE(SUM(b.budget), 0) - COALESCE(SUM(e.amount), 0) AS remaining
FROM budgets AS b
FULL OUTER JOIN expenses AS e ON e.department = b.department
GROUP BY 1;
