-- ROW_NUMBER gives tied people different numbers: it keeps exactly three people, not three salaries.
WITH ranked AS (
    SELECT e.*, ROW_NUMBER() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS rn
    FROM employees AS e
)
SELECT d.name AS department, r.name AS employee, r.salary
FROM ranked AS r JOIN departments AS d ON d.id = r.department_id
WHERE r.rn <= 3;
