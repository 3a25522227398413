-- Every condition must hold, so they are joined with AND; the two countries are one IN list,
-- which avoids the classic AND/OR precedence trap.
SELECT id, name, country
FROM customers
WHERE country IN ('DE', 'FR')
  AND signup_date >= DATE '2023-01-01'   -- half-open range: every day of 2023, nothing else
  AND signup_date < DATE '2024-01-01'
  AND email IS NOT NULL                 -- "= NULL" would never be true
  AND NOT is_test;
