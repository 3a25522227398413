-- An inner join forgets the customers who never ordered (they belong in "low").
WITH spend AS (
    SELECT o.customer_id AS id, COALESCE(SUM(o.amount) FILTER (WHERE o.status = 'paid'), 0) AS total
    FROM orders AS o
    GROUP BY o.customer_id
),
segmented AS (
    SELECT id, total, CASE WHEN total >= 1000 THEN 'high' WHEN total >= 200 THEN 'medium' ELSE 'low' END AS segment
    FROM spend
),
segments(segment, sort_key) AS (VALUES ('high', 1), ('medium', 2), ('low', 3))
SELECT s.segment, COUNT(g.id) AS customers, AVG(g.total) AS avg_spend
FROM segments AS s LEFT JOIN segmented AS g ON g.segment = s.segment
GROUP BY s.segment, s.sort_key ORDER BY s.sort_key;
