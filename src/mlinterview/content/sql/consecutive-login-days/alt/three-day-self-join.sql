-- A streak of three days starts on a day d when the same user also has d + 1 and d + 2:
-- two self-joins on the distinct login days find every such start.
WITH days AS (
    SELECT DISTINCT user_id, CAST(login_at AS DATE) AS day
    FROM logins
)
SELECT DISTINCT d0.user_id
FROM days AS d0
JOIN days AS d1 ON d1.user_id = d0.user_id AND d1.day = d0.day + 1
JOIN days AS d2 ON d2.user_id = d0.user_id AND d2.day = d0.day + 2;
