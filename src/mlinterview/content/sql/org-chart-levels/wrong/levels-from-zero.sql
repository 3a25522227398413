-- Starts counting at 0: the heads must be level 1.
WITH RECURSIVE chain AS (
    SELECT id, name, 0 AS level, name AS top_boss FROM employees WHERE manager_id IS NULL
    UNION ALL
    SELECT e.id, e.name, c.level + 1, c.top_boss FROM employees AS e JOIN chain AS c ON e.manager_id = c.id
)
SELECT id, name, level, top_boss FROM chain;
