-- Grouping the customers directly cannot produce a row for an empty segment.
WITH spend AS (
    SELECT c.id, COALESCE(SUM(o.amount) FILTER (WHERE o.status = 'paid'), 0) AS total
    FROM customers AS c LEFT JOIN orders AS o ON o.customer_id = c.id
    GROUP BY c.id
)
SELECT CASE WHEN total >= 1000 THEN 'high' WHEN total >= 200 THEN 'medium' ELSE 'low' END AS segment,
       COUNT(*) AS customers, AVG(total) AS avg_spend
FROM spend
GROUP BY 1
ORDER BY CASE segment WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END;
