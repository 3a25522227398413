-- ">=" also lists people paid exactly as much as their manager.
SELECT e.name AS employee, e.salary AS employee_salary, m.name AS manager, m.salary AS manager_salary
FROM employees AS e
JOIN employees AS m ON m.id = e.manager_id
WHERE e.salary >= m.salary;
