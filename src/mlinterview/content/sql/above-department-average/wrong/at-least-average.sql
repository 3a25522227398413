-- ">=" lists people paid exactly the average, including everyone alone in a department.
SELECT e.name, e.department, e.salary
FROM employees AS e
WHERE e.salary >= (SELECT AVG(x.salary) FROM employees AS x WHERE x.department = e.department);
