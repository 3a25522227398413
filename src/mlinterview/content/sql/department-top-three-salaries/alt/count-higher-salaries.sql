-- Without window functions: a salary is among the top three distinct ones of its department
-- when fewer than three distinct salaries of that department are higher.
SELECT d.name AS department, e.name AS employee, e.salary
FROM employees AS e
JOIN departments AS d ON d.id = e.department_id
WHERE (
    SELECT COUNT(DISTINCT x.salary)
    FROM employees AS x
    WHERE x.department_id = e.department_id AND x.salary > e.salary
) < 3;
