-- mishandles: nulls
-- GROUP BY gathers every NULL email into one group: phone-only accounts look like a duplicate.
SELECT lower(email) AS email, COUNT(*) AS accounts
FROM users
GROUP BY lower(email)
HAVING COUNT(*) > 1;
