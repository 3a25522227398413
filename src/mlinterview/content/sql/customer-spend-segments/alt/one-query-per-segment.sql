-- Each customer's paid spend by a correlated subquery, then one aggregate per segment glued
-- with UNION ALL: an aggregate without GROUP BY returns a row even when no customer matches
-- (COUNT 0, AVG NULL), so every segment is listed.
WITH spend AS (
    SELECT
        c.id,
        COALESCE((
            SELECT SUM(o.amount) FROM orders AS o WHERE o.customer_id = c.id AND o.status = 'paid'
        ), 0) AS total
    FROM customers AS c
),
segments AS (
    SELECT 1 AS sort_key, 'high' AS segment, COUNT(*) AS customers, AVG(total) AS avg_spend
    FROM spend WHERE total >= 1000
    UNION ALL
    SELECT 2, 'medium', COUNT(*), AVG(total) FROM spend WHERE total >= 200 AND total < 1000
    UNION ALL
    SELECT 3, 'low', COUNT(*), AVG(total) FROM spend WHERE total < 200
)
SELECT segment, customers, avg_spend
FROM segments
ORDER BY sort_key;
