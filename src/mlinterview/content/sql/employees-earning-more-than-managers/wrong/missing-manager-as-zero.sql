-- mishandles: nulls
-- A LEFT JOIN keeps the people without a manager, and COALESCE turns the missing manager's salary
-- into 0: everyone at the top "earns more than their manager".
SELECT e.name AS employee, e.salary AS employee_salary, m.name AS manager, m.salary AS manager_salary
FROM employees AS e
LEFT JOIN employees AS m ON m.id = e.manager_id
WHERE e.salary > COALESCE(m.salary, 0);
