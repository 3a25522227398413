-- Sorts and skips the first row: wrong when two people share the top salary,
-- and it returns no row at all (instead of NULL) when there is no second salary.
SELECT salary AS second_highest_salary
FROM employees
ORDER BY salary DESC
LIMIT 1 OFFSET 1;
