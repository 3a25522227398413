-- Conversion is measured against the first step, not the previous one.
WITH viewed AS (
    SELECT user_id, MIN(event_at) AS event_at FROM events WHERE event = 'view' GROUP BY user_id
),
carted AS (
    SELECT v.user_id, MIN(e.event_at) AS event_at FROM viewed AS v
    JOIN events AS e ON e.user_id = v.user_id AND e.event = 'cart' AND e.event_at > v.event_at
    GROUP BY v.user_id
),
bought AS (
    SELECT DISTINCT c.user_id FROM carted AS c
    JOIN events AS e ON e.user_id = c.user_id AND e.event = 'purchase' AND e.event_at > c.event_at
),
steps AS (
    SELECT 1 AS step, 'view' AS event, (SELECT COUNT(*) FROM viewed) AS users
    UNION ALL SELECT 2, 'cart', (SELECT COUNT(*) FROM carted)
    UNION ALL SELECT 3, 'purchase', (SELECT COUNT(*) FROM bought)
)
SELECT step, event, users,
       CASE WHEN step = 1 THEN NULL ELSE users / NULLIF(FIRST_VALUE(users) OVER (ORDER BY step), 0) END AS conversion
FROM steps
ORDER BY step;
