-- Strict comparisons drop people who signed up on January 1st or December 31st.
SELECT id, name, country
FROM customers
WHERE country IN ('DE', 'FR')
  AND signup_date > DATE '2023-01-01'
  AND signup_date < DATE '2023-12-31'
  AND email IS NOT NULL
  AND NOT is_test;
