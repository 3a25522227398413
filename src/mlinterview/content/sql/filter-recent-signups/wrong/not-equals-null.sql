-- mishandles: nulls
-- "email <> NULL" is NULL for every row, never true: nobody is returned, with or without email.
SELECT id, name, country
FROM customers
WHERE country IN ('DE', 'FR')
  AND signup_date >= DATE '2023-01-01'
  AND signup_date < DATE '2024-01-01'
  AND email <> NULL
  AND NOT is_test;
