-- Group by the normalised address and keep groups with more than one account.
-- Rows without an email are removed first: GROUP BY puts all NULLs into one group, which would
-- otherwise look like a duplicated address.
SELECT lower(email) AS email, COUNT(*) AS accounts
FROM users
WHERE email IS NOT NULL
GROUP BY lower(email)
HAVING COUNT(*) > 1;
