-- DENSE_RANK numbers the distinct salaries 1, 2, 3, ... within each department (ties share a
-- number and leave no gap), so "rank <= 3" is "among the three highest distinct salaries".
WITH ranked AS (
    SELECT
        e.name,
        e.salary,
        e.department_id,
        DENSE_RANK() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS salary_rank
    FROM employees AS e
)
SELECT d.name AS department, r.name AS employee, r.salary
FROM ranked AS r
JOIN departments AS d ON d.id = r.department_id
WHERE r.salary_rank <= 3;
