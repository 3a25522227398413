-- AND binds tighter than OR: this keeps every German customer, whatever the year or email.
SELECT id, name, country
FROM customers
WHERE country = 'DE' OR country = 'FR'
  AND signup_date BETWEEN DATE '2023-01-01' AND DATE '2023-12-31'
  AND email IS NOT NULL
  AND NOT is_test;
