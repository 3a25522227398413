-- Numbers raw logins instead of distinct days: two logins on one day break the arithmetic.
WITH streaks AS (
    SELECT user_id,
           CAST(login_at AS DATE) - CAST(ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY login_at) AS INTEGER) AS streak_id
    FROM logins
)
SELECT DISTINCT user_id
FROM streaks
GROUP BY user_id, streak_id
HAVING COUNT(*) >= 3;
