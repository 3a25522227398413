-- Joining purchases and counting rows counts purchases, not users.
SELECT CAST(date_trunc('month', u.signed_up_on) AS DATE) AS signup_month,
       COUNT(DISTINCT u.id) AS signups,
       COUNT(p.id) AS activated,
       COUNT(p.id) / COUNT(DISTINCT u.id) AS activation_rate
FROM users AS u
LEFT JOIN purchases AS p
       ON p.user_id = u.id AND CAST(p.purchased_at AS DATE) - u.signed_up_on BETWEEN 0 AND 7
GROUP BY 1
ORDER BY 1;
