-- The join runs the wrong way: "m" is a report of "e", not its manager.
SELECT e.name AS employee, e.salary AS employee_salary, m.name AS manager, m.salary AS manager_salary
FROM employees AS e
JOIN employees AS m ON e.id = m.manager_id
WHERE e.salary > m.salary;
