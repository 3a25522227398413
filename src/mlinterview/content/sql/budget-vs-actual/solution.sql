-- Aggregate the expenses first (one row per department), then FULL OUTER JOIN so departments
-- found on either side survive. Joining before aggregating would repeat each budget once per
-- expense row and inflate its sum.
WITH spent AS (
    SELECT department, SUM(amount) AS spent
    FROM expenses
    GROUP BY department
)
SELECT
    COALESCE(b.department, s.department) AS department,
    COALESCE(b.budget, 0) AS budget,
    COALESCE(s.spent, 0) AS spent,
    COALESCE(b.budget, 0) - COALESCE(s.spent, 0) AS remaining
FROM budgets AS b
FULL OUTER JOIN spent AS s ON s.department = b.department;
