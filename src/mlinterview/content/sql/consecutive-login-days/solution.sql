-- 1. Reduce logins to distinct (user, day) pairs: several logins on a day count once.
-- 2. For consecutive days, "day minus its row number" is constant: it labels a streak.
-- 3. Keep users with a streak of at least 3 days.
WITH days AS (
    SELECT DISTINCT user_id, CAST(login_at AS DATE) AS day
    FROM logins
),
streaks AS (
    SELECT
        user_id,
        day - CAST(ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS INTEGER) AS streak_id
    FROM days
)
SELECT DISTINCT user_id
FROM streaks
GROUP BY user_id, streak_id
HAVING COUNT(*) >= 3;
