-- Join each signup to all of its user's activity and flag, per user, whether any of it falls
-- on day 1 or day 7; the LEFT JOIN keeps users without activity (both flags 0). Repeated
-- activity rows do not matter because MAX keeps one flag per user.
WITH per_user AS (
    SELECT
        s.user_id,
        s.signup_date,
        MAX(CASE WHEN a.active_on = s.signup_date + 1 THEN 1 ELSE 0 END) AS day_1,
        MAX(CASE WHEN a.active_on = s.signup_date + 7 THEN 1 ELSE 0 END) AS day_7
    FROM signups AS s
    LEFT JOIN activity AS a ON a.user_id = s.user_id
    GROUP BY s.user_id, s.signup_date
)
SELECT
    signup_date AS cohort_date,
    COUNT(*) AS cohort_size,
    AVG(day_1) AS day_1_retention,
    AVG(day_7) AS day_7_retention
FROM per_user
GROUP BY signup_date
ORDER BY cohort_date;
