-- Without lower(), "Maya@Example.com" and "maya@example.com" are different groups.
SELECT email, COUNT(*) AS accounts
FROM users
WHERE email IS NOT NULL
GROUP BY email
HAVING COUNT(*) > 1;
