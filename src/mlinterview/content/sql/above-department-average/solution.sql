-- A correlated subquery: for each outer row e, the inner query averages e's own department.
SELECT e.name, e.department, e.salary
FROM employees AS e
WHERE e.salary > (
    SELECT AVG(x.salary)
    FROM employees AS x
    WHERE x.department = e.department
);
