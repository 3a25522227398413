-- The highest salary strictly below the maximum is the second highest distinct salary.
-- Wrapping it in a scalar subquery guarantees exactly one row: MAX over no rows is NULL.
SELECT (
    SELECT MAX(salary)
    FROM employees
    WHERE salary < (SELECT MAX(salary) FROM employees)
) AS second_highest_salary;
