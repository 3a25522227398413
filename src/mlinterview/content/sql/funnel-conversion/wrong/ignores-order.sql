-- Counts users who did each event at all, in any order.
WITH steps AS (
    SELECT 1 AS step, 'view' AS event, COUNT(DISTINCT user_id) FILTER (WHERE event = 'view') AS users FROM events
    UNION ALL
    SELECT 2, 'cart', COUNT(DISTINCT user_id) FILTER (WHERE event = 'cart') FROM events
    UNION ALL
    SELECT 3, 'purchase', COUNT(DISTINCT user_id) FILTER (WHERE event = 'purchase') FROM events
)
SELECT step, event, users, users / NULLIF(LAG(users) OVER (ORDER BY step), 0) AS conversion
FROM steps
ORDER BY step;
