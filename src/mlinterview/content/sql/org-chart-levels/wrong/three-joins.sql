-- A fixed number of self-joins only sees four levels; deeper employees are lost.
SELECT e.id, e.name,
       CASE WHEN m1.id IS NULL THEN 1 WHEN m2.id IS NULL THEN 2 WHEN m3.id IS NULL THEN 3 ELSE 4 END AS level,
       COALESCE(m3.name, m2.name, m1.name, e.name) AS top_boss
FROM employees AS e
LEFT JOIN employees AS m1 ON m1.id = e.manager_id
LEFT JOIN employees AS m2 ON m2.id = m1.manager_id
LEFT JOIN employees AS m3 ON m3.id = m2.manager_id
WHERE m3.manager_id IS NULL;
