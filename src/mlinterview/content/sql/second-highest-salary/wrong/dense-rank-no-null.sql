-- Ranks distinct salaries correctly, but returns zero rows when there is no second one.
SELECT DISTINCT salary AS second_highest_salary
FROM (
    SELECT salary, DENSE_RANK() OVER (ORDER BY salary DESC) AS r
    FROM employees
) ranked
WHERE r = 2;
