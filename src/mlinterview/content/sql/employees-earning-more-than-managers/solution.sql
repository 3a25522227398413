-- A self-join: the same table plays the employee (e) and the manager (m).
-- Each employee row finds its manager through manager_id; the top person has none and drops out.
SELECT
    e.name AS employee,
    e.salary AS employee_salary,
    m.name AS manager,
    m.salary AS manager_salary
FROM employees AS e
JOIN employees AS m ON m.id = e.manager_id
WHERE e.salary > m.salary;
