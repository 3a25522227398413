-- RANK leaves gaps after ties (1, 1, 1, 4): the second and third distinct salaries can be lost.
WITH ranked AS (
    SELECT e.*, RANK() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS r
    FROM employees AS e
)
SELECT d.name AS department, x.name AS employee, x.salary
FROM ranked AS x JOIN departments AS d ON d.id = x.department_id
WHERE x.r <= 3;
