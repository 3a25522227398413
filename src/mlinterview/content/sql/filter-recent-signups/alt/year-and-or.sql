-- The same four conditions written another way: OR for the two countries, the year of the
-- signup day, and an explicit comparison of the flag.
SELECT id, name, country
FROM customers
WHERE (country = 'DE' OR country = 'FR')
  AND year(signup_date) = 2023
  AND email IS NOT NULL
  AND is_test = false;
