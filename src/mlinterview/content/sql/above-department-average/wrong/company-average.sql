-- The subquery is not correlated: it compares everyone with the company-wide average.
SELECT name, department, salary
FROM employees
WHERE salary > (SELECT AVG(salary) FROM employees);
