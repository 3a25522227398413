-- "day - 7" to "day" is eight days.
WITH bounds AS (SELECT MIN(active_on) AS first_day, MAX(active_on) AS last_day FROM activity),
calendar AS (
    SELECT CAST(g.d AS DATE) AS activity_day
    FROM bounds, generate_series(bounds.first_day, bounds.last_day, INTERVAL 1 DAY) AS g(d)
)
SELECT c.activity_day, COUNT(DISTINCT a.user_id) AS active_users_7d
FROM calendar AS c
LEFT JOIN activity AS a ON a.active_on BETWEEN c.activity_day - 7 AND c.activity_day
GROUP BY c.activity_day
ORDER BY c.activity_day;
