-- PERCENTILE_DISC returns an actual value (the lower middle one), not the interpolated median.
SELECT country, COUNT(*) AS orders,
       PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY amount) AS median_amount,
       PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY amount) AS p90_amount
FROM orders
GROUP BY country;
