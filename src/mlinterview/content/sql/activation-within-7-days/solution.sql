-- A user is activated when some purchase's calendar day is 0 to 7 days after the signup day.
-- Compare dates, not timestamps: CAST(purchased_at AS DATE) - signed_up_on is a whole number of
-- days. EXISTS turns many purchases into a single yes/no per user.
WITH flagged AS (
    SELECT
        u.id,
        CAST(date_trunc('month', u.signed_up_on) AS DATE) AS signup_month,
        EXISTS (
            SELECT 1 FROM purchases AS p
            WHERE p.user_id = u.id
              AND CAST(p.purchased_at AS DATE) - u.signed_up_on BETWEEN 0 AND 7
        ) AS activated
    FROM users AS u
)
SELECT
    signup_month,
    COUNT(*) AS signups,
    COUNT(*) FILTER (WHERE activated) AS activated,
    COUNT(*) FILTER (WHERE activated) / COUNT(*) AS activation_rate
FROM flagged
GROUP BY signup_month
ORDER BY signup_month;
