-- A recursive CTE walks down the hierarchy:
--   anchor:    the heads (no manager) are level 1 and their own top boss;
--   recursive: the direct reports of the rows found so far are one level lower and inherit
--              the top boss.
-- The recursion stops when a step finds no new reports.
WITH RECURSIVE chain AS (
    SELECT id, name, 1 AS level, name AS top_boss
    FROM employees
    WHERE manager_id IS NULL
    UNION ALL
    SELECT e.id, e.name, c.level + 1, c.top_boss
    FROM employees AS e
    JOIN chain AS c ON e.manager_id = c.id
)
SELECT id, name, level, top_boss
FROM chain;
