-- Look the manager up with scalar subqueries instead of a self-join. Without a manager the
-- lookup is NULL, the comparison is not true, and the row is left out.
SELECT
    e.name AS employee,
    e.salary AS employee_salary,
    (SELECT m.name FROM employees AS m WHERE m.id = e.manager_id) AS manager,
    (SELECT m.salary FROM employees AS m WHERE m.id = e.manager_id) AS manager_salary
FROM employees AS e
WHERE e.salary > (SELECT m.salary FROM employees AS m WHERE m.id = e.manager_id);
