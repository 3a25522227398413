-- mishandles: nulls
-- COUNT(amount) skips the pending orders, which the question counts.
SELECT country, COUNT(amount) AS orders,
       MEDIAN(amount) AS median_amount,
       QUANTILE_CONT(amount, 0.9) AS p90_amount
FROM orders
GROUP BY country;
