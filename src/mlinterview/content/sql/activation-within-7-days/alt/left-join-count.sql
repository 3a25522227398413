-- A LEFT JOIN keeps every user; the join condition only lets purchases of days 0..7 through,
-- so a user is activated when at least one purchase survived the join.
WITH per_user AS (
    SELECT u.id, u.signed_up_on, COUNT(p.id) > 0 AS is_activated
    FROM users AS u
    LEFT JOIN purchases AS p
        ON p.user_id = u.id
       AND CAST(p.purchased_at AS DATE) BETWEEN u.signed_up_on AND u.signed_up_on + 7
    GROUP BY u.id, u.signed_up_on
)
SELECT
    CAST(date_trunc('month', signed_up_on) AS DATE) AS signup_month,
    COUNT(*) AS signups,
    SUM(CASE WHEN is_activated THEN 1 ELSE 0 END) AS activated,
    AVG(CASE WHEN is_activated THEN 1.0 ELSE 0.0 END) AS activation_rate
FROM per_user
GROUP BY 1
ORDER BY 1;
