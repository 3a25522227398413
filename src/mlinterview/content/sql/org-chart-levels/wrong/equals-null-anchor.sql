-- mishandles: nulls
-- "manager_id = NULL" is never true (a comparison with NULL is NULL): the anchor finds no head,
-- so the recursion starts from nothing and the result is empty.
WITH RECURSIVE chain AS (
    SELECT id, name, 1 AS level, name AS top_boss
    FROM employees
    WHERE manager_id = NULL
    UNION ALL
    SELECT e.id, e.name, c.level + 1, c.top_boss
    FROM employees AS e
    JOIN chain AS c ON e.manager_id = c.id
)
SELECT id, name, level, top_boss
FROM chain;
