-- The department's average as a window over each department: one pass, no correlated
-- subquery. Each employee row carries its department's average and is kept when it is above.
SELECT name, department, salary
FROM (
    SELECT name, department, salary, AVG(salary) OVER (PARTITION BY department) AS department_average
    FROM employees
) AS e
WHERE salary > department_average;
