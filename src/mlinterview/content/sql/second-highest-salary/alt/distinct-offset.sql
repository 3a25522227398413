-- The distinct salaries from the top, skipping the first; wrapped in a scalar subquery so that
-- "no second salary" still returns one row, holding NULL.
SELECT (
    SELECT DISTINCT salary
    FROM employees
    ORDER BY salary DESC
    LIMIT 1 OFFSET 1
) AS second_highest_salary;
