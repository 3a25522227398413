-- Uses the days found in the table as the calendar, so quiet days get no row.
WITH days AS (SELECT DISTINCT active_on AS activity_day FROM activity)
SELECT d.activity_day, COUNT(DISTINCT a.user_id) AS active_users_7d
FROM days AS d
JOIN activity AS a ON a.active_on BETWEEN d.activity_day - 6 AND d.activity_day
GROUP BY d.activity_day
ORDER BY d.activity_day;
