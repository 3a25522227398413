-- Turn it around: a user active on day d counts for days d .. d + 6. Spread every distinct
-- user-day over those seven days, build the calendar with a recursive CTE, and count distinct
-- users per calendar day. An empty table gives a calendar of one NULL day, which is dropped.
WITH RECURSIVE calendar(activity_day) AS (
    SELECT MIN(active_on) FROM activity
    UNION ALL
    SELECT activity_day + 1
    FROM calendar
    WHERE activity_day < (SELECT MAX(active_on) FROM activity)
),
user_days AS (
    SELECT DISTINCT user_id, active_on FROM activity
),
spread AS (
    SELECT u.user_id, u.active_on + CAST(k.k AS INTEGER) AS counted_on
    FROM user_days AS u
    CROSS JOIN range(7) AS k(k)
)
SELECT c.activity_day, COUNT(DISTINCT s.user_id) AS active_users_7d
FROM calendar AS c
LEFT JOIN spread AS s ON s.counted_on = c.activity_day
WHERE c.activity_day IS NOT NULL
GROUP BY c.activity_day
ORDER BY c.activity_day;
