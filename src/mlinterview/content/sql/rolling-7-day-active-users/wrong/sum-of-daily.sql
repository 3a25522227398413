-- Adds up daily active users: someone active on three days of the window counts three times.
WITH daily AS (
    SELECT active_on, COUNT(DISTINCT user_id) AS dau FROM activity GROUP BY active_on
),
bounds AS (SELECT MIN(active_on) AS first_day, MAX(active_on) AS last_day FROM activity),
calendar AS (
    SELECT CAST(g.d AS DATE) AS activity_day
    FROM bounds, generate_series(bounds.first_day, bounds.last_day, INTERVAL 1 DAY) AS g(d)
)
SELECT c.activity_day, COALESCE(SUM(d.dau), 0) AS active_users_7d
FROM calendar AS c
LEFT JOIN daily AS d ON d.active_on BETWEEN c.activity_day - 6 AND c.activity_day
GROUP BY c.activity_day
ORDER BY c.activity_day;
