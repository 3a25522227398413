-- Count each lowercased address's accounts with a window instead of GROUP BY ... HAVING, keep
-- the rows whose count is above 1, and DISTINCT folds each address back into one row.
SELECT DISTINCT email, accounts
FROM (
    SELECT lower(email) AS email, COUNT(*) OVER (PARTITION BY lower(email)) AS accounts
    FROM users
    WHERE email IS NOT NULL
) AS counted
WHERE accounts > 1;
