-- Walk up instead of down: start every employee at themselves and follow manager_id one step
-- at a time; the step that reaches a head (no manager) gives the level and the top boss.
WITH RECURSIVE up AS (
    SELECT id AS employee_id, id AS at_id, manager_id, 1 AS level
    FROM employees
    UNION ALL
    SELECT u.employee_id, m.id, m.manager_id, u.level + 1
    FROM up AS u
    JOIN employees AS m ON m.id = u.manager_id
)
SELECT e.id, e.name, u.level, head.name AS top_boss
FROM up AS u
JOIN employees AS e ON e.id = u.employee_id
JOIN employees AS head ON head.id = u.at_id
WHERE u.manager_id IS NULL;
