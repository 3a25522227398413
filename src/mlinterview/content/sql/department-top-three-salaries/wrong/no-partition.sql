-- Without PARTITION BY the ranking is company-wide, not per department.
WITH ranked AS (
    SELECT e.*, DENSE_RANK() OVER (ORDER BY e.salary DESC) AS r
    FROM employees AS e
)
SELECT d.name AS department, x.name AS employee, x.salary
FROM ranked AS x JOIN departments AS d ON d.id = x.department_id
WHERE x.r <= 3;
